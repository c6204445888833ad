# syntax=docker/dockerfile:1
# The news site as one self-contained image (docs/DEPLOY.md, "Docker"):
#
#   docker build -t hangul-news \
#     --build-arg NEWS_BUILD_ID="$(git rev-parse --short=12 HEAD)" \
#     --build-arg SITE_URL=https://news.example.kr .
#   docker run -p 3000:3000 -e SITE_URL=https://news.example.kr hangul-news
#
# Site settings (SITE_URL, SITE_NAME, SITE_DESCRIPTION, POSTS_PER_PAGE) are build arguments
# because pages are prerendered at build time, and they stay set in the image so that pages
# re-rendered at run time agree; pass the same values to `docker run -e` if you override them.
ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Dependencies, from the lock file only (cached until package*.json change).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. The build: content check, `next build` with `output: "standalone"`.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The build id: pass the commit (the build context has no .git); without it, a hash of the
# sources is used, which two builds of one commit also share.
ARG NEWS_BUILD_ID=
ARG SITE_URL=http://localhost:3000
ARG SITE_NAME=
ARG SITE_DESCRIPTION=
ARG POSTS_PER_PAGE=
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN NEWS_BUILD_ID="${NEWS_BUILD_ID}" SITE_URL="${SITE_URL}" SITE_NAME="${SITE_NAME}" \
    SITE_DESCRIPTION="${SITE_DESCRIPTION}" POSTS_PER_PAGE="${POSTS_PER_PAGE}" \
    npm run build

# 3. What runs: the standalone server (with only the node_modules it uses), the hashed static
# assets, public/ and the content folder. No sources, no dev dependencies, no build tools.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ARG SITE_URL=http://localhost:3000
ARG SITE_NAME=
ARG SITE_DESCRIPTION=
ARG POSTS_PER_PAGE=
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    SITE_URL=${SITE_URL} \
    SITE_NAME=${SITE_NAME} \
    SITE_DESCRIPTION=${SITE_DESCRIPTION} \
    POSTS_PER_PAGE=${POSTS_PER_PAGE}
# The image's unprivileged `node` user (uid 1000) owns .next: pages re-rendered at run time
# (ISR) are written there. The rest stays read-only to it.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/.next/cache/news-content.v8 ./.next/cache/news-content.v8
COPY --from=build /app/public ./public
# Editors' posts. To publish without a new image, mount the folder instead:
#   docker run -v /srv/news/content:/app/content:ro …
COPY --from=build /app/content ./content
USER node
EXPOSE 3000
# 200 once the configuration is valid and the content is loaded; 503 while stopping.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM (docker stop): no new connections, requests in flight finish, exit code 0. Give it
# the time your slowest request needs: docker stop -t 30.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
