// In-page code for the XSS spec. Every function here is serialized into the browser by
// Playwright, so each one is self-contained: no imports, no closures over module scope.

type ProbeWindow = Window & {
  __xssCalls?: string[];
  __xss?: unknown;
};

/**
 * Runs before any script of every page and frame: `alert`, `confirm`, `prompt` and `print`
 * record their calls instead of opening anything, and every CSP violation is recorded (a
 * violation means markup got past the sanitizer and only the second line of defence held).
 */
export function installHooks(): void {
  const win = window as ProbeWindow;
  const calls: string[] = [];
  Object.defineProperty(win, "__xssCalls", { value: calls, configurable: false });
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name}(${args.map((arg) => String(arg)).join(", ")})`);
      return name === "confirm" ? false : null;
    };
  const target = win as unknown as Record<string, unknown>;
  for (const name of ["alert", "confirm", "prompt", "print"]) target[name] = record(name);
  document.addEventListener(
    "securitypolicyviolation",
    (event) => {
      // Only the browser's own reports: the spec fires synthetic events of every type.
      if (!event.isTrusted) return;
      calls.push(`CSP blocked ${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`);
    },
    true,
  );
}

/**
 * Fires the events that make event-handler vectors run (hover, focus, clicks, keys, drags,
 * clipboard, animation, media) on every element of the article body. Clicks skip links and
 * anything inside one: following a link is the reader's choice, and the static check below
 * proves no link has a script URL.
 */
export function fireEvents(): void {
  const types = [
    "mouseover",
    "mouseenter",
    "mousemove",
    "mousedown",
    "mouseup",
    "mouseout",
    "mouseleave",
    "pointerover",
    "pointerenter",
    "pointerdown",
    "pointermove",
    "pointerup",
    "pointerout",
    "pointerleave",
    "pointercancel",
    "gotpointercapture",
    "lostpointercapture",
    "click",
    "dblclick",
    "auxclick",
    "contextmenu",
    "wheel",
    "focus",
    "focusin",
    "blur",
    "focusout",
    "keydown",
    "keypress",
    "keyup",
    "beforeinput",
    "input",
    "change",
    "select",
    "selectstart",
    "selectionchange",
    "invalid",
    "search",
    "submit",
    "reset",
    "formdata",
    "drag",
    "dragstart",
    "dragend",
    "dragenter",
    "dragover",
    "dragleave",
    "drop",
    "dragexit",
    "copy",
    "cut",
    "paste",
    "scroll",
    "scrollend",
    "animationstart",
    "animationiteration",
    "animationend",
    "animationcancel",
    "transitionrun",
    "transitionstart",
    "transitionend",
    "transitioncancel",
    "toggle",
    "beforetoggle",
    "show",
    "close",
    "cancel",
    "load",
    "error",
    "abort",
    "loadstart",
    "loadeddata",
    "loadedmetadata",
    "progress",
    "canplay",
    "canplaythrough",
    "play",
    "playing",
    "pause",
    "ended",
    "seeked",
    "seeking",
    "timeupdate",
    "volumechange",
    "waiting",
    "suspend",
    "stalled",
    "emptied",
    "ratechange",
    "durationchange",
    "cuechange",
    "resize",
    "slotchange",
    "touchstart",
    "touchmove",
    "touchend",
    "touchcancel",
    "begin",
    "end",
    "repeat",
    "webkitanimationstart",
    "webkitanimationend",
    "webkittransitionend",
    "fullscreenchange",
    "fullscreenerror",
    "content-visibility-auto-state-change",
  ];
  const activating = new Set(["click", "dblclick", "auxclick", "submit", "reset"]);
  const body = document.querySelector(".article-body");
  if (!body) return;
  for (const element of [body, ...body.querySelectorAll("*")]) {
    const insideLink = element.closest("a") !== null;
    if (element instanceof HTMLElement || element instanceof SVGElement) element.focus();
    for (const type of types) {
      if (insideLink && activating.has(type)) continue;
      element.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
    }
  }
  for (const type of [
    "hashchange",
    "popstate",
    "pageshow",
    "beforeprint",
    "afterprint",
    "resize",
    "scroll",
    "message",
    "online",
    "offline",
    "storage",
  ]) {
    window.dispatchEvent(new Event(type));
  }
}

export type InspectOptions = {
  allowedTags: string[];
  allowedAttributes: Record<string, string[]>;
  /**
   * Markup the site adds after sanitizing (lib/content/wrap-tables.ts, heading-ids.ts), with
   * the exact attribute values it writes: element → attribute → pattern source.
   */
  generated: Record<string, Record<string, string>>;
  /** Strings that must each be a value somewhere in the page's JSON-LD. */
  jsonLdStrings?: string[];
  /** Text that must come through exactly, each where the page shows it. */
  expectText?: Array<{
    where: string;
    selector: string;
    attribute?: string;
    value: string;
    mode: "equals" | "contains";
  }>;
};

/**
 * Looks at the DOM the browser built (not the HTML text): what a reader's browser will run is
 * what it parsed, including any re-parsing surprise (mutation XSS). Returns every problem.
 */
export function inspectPage(options: InspectOptions): string[] {
  const problems: string[] = [];
  const win = window as ProbeWindow;
  for (const call of win.__xssCalls ?? []) problems.push(`executed: ${call}`);
  if (win.__xss !== undefined) problems.push(`top.__xss is ${String(win.__xss)}`);

  const FORBIDDEN = [
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "meta",
    "link",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "option",
    "style",
    "svg",
    "math",
    "template",
    "noscript",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "portal",
    "fencedframe",
    "dialog",
  ];
  const URL_ATTRIBUTES = [
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "cite",
    "ping",
    "srcset",
    "lowsrc",
    "dynsrc",
    "codebase",
    "manifest",
    "icon",
    "longdesc",
    "usemap",
  ];
  const SCRIPT_SCHEMES = ["javascript:", "vbscript:", "data:"];
  const XHTML = "http://www.w3.org/1999/xhtml";

  const schemeOf = (value: string): string => {
    try {
      return new URL(value, document.baseURI).protocol;
    } catch {
      return "";
    }
  };

  // The whole document: no event handler, no srcdoc, no refresh, no base, wherever a value
  // from the post (front matter included) lands.
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`<${element.localName} ${name}> in the page`);
      if (name === "srcdoc") problems.push(`<${element.localName} srcdoc> in the page`);
      if (URL_ATTRIBUTES.includes(name) && SCRIPT_SCHEMES.includes(schemeOf(attribute.value))) {
        problems.push(
          `<${element.localName} ${name}="${attribute.value.slice(0, 60)}"> in the page`,
        );
      }
    }
  }
  if (document.querySelector("base")) problems.push("<base> in the page");
  if (document.querySelector('meta[http-equiv="refresh" i]'))
    problems.push("meta refresh in the page");

  // Every JSON-LD block must still be one whole, parseable script element.
  const jsonLdStrings = new Set<string>();
  const gather = (node: unknown) => {
    if (typeof node === "string") jsonLdStrings.add(node);
    else if (node !== null && typeof node === "object") Object.values(node).forEach(gather);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      gather(JSON.parse(script.textContent ?? ""));
    } catch {
      problems.push(`JSON-LD does not parse: ${(script.textContent ?? "").slice(0, 80)}`);
    }
  }
  for (const expected of options.jsonLdStrings ?? []) {
    if (!jsonLdStrings.has(expected)) problems.push(`JSON-LD lacks ${JSON.stringify(expected)}`);
  }

  const body = document.querySelector(".article-body");
  if (body) {
    const bodyBox = body.getBoundingClientRect();
    for (const element of body.querySelectorAll("*")) {
      const tag = element.localName;
      if (element.namespaceURI !== XHTML)
        problems.push(`<${tag}> in namespace ${element.namespaceURI}`);
      const generated = options.generated[tag];
      if (FORBIDDEN.includes(tag)) problems.push(`<${tag}> in the article body`);
      else if (!options.allowedTags.includes(tag) && generated === undefined) {
        problems.push(`<${tag}> is not on the allowlist`);
      }
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const pattern = generated?.[name];
        if (pattern !== undefined) {
          if (!new RegExp(pattern, "u").test(attribute.value)) {
            problems.push(`site attribute ${name}="${attribute.value}" on <${tag}>`);
          }
        } else if (!(options.allowedAttributes[tag] ?? []).includes(name)) {
          problems.push(`attribute ${name} on <${tag}> is not on the allowlist`);
        }
      }
      // Nothing leaves the article's box: no fixed or absolute layer over the page, nothing
      // wider than the column (tables and code scroll inside their own box).
      const style = getComputedStyle(element);
      if (["fixed", "absolute", "sticky"].includes(style.position)) {
        problems.push(`<${tag}> has position:${style.position}`);
      }
      if (!element.parentElement?.closest("table, pre")) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.left < bodyBox.left - 1 || box.right > bodyBox.right + 1)) {
          problems.push(`<${tag}> sticks out of the article column`);
        }
      }
    }
  }
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) {
    problems.push("the page scrolls sideways");
  }

  // The HTML parser drops NUL from text and turns it into U+FFFD in attributes and <title>.
  const comparable = (text: string) => text.replace(/[\u0000\ufffd]/g, "");
  for (const expected of options.expectText ?? []) {
    const elements = [...document.querySelectorAll(expected.selector)];
    const values = elements.map((element) =>
      comparable(
        expected.attribute === undefined
          ? (element.textContent ?? "")
          : (element.getAttribute(expected.attribute) ?? ""),
      ),
    );
    const want = comparable(expected.value);
    const found = values.some((value) =>
      expected.mode === "equals" ? value === want : value.includes(want),
    );
    if (!found) {
      problems.push(`${expected.where}: ${JSON.stringify(want)} not in ${JSON.stringify(values)}`);
    }
  }
  return problems;
}
