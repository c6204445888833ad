/** Open Graph card size: Facebook, X, KakaoTalk and Naver all crop well from 1.91:1. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };
