/** Whether a `#/…` reference points to a value of `document`. */
function resolves(document: unknown, ref: string): boolean {
  let node = document;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    } catch {
      return false;
    }
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * True when Redocly's bundler would have nothing to do to a one-file document but order its
 * top-level keys: every `$ref` stays in the document and resolves, every discriminator mapping
 * names a schema of `components`, and no example has an `externalValue` to inline. Anything else
 * (another file, a reference to nothing, a mapping to move) is left to the bundler, which also
 * words the errors.
 */
export function isOwnBundle(document: unknown): boolean {
  const stack = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === "$ref" && typeof child === "string") {
        if (!child.startsWith("#") || !resolves(document, child)) return false;
      } else if (key === "externalValue") {
        return false;
      } else if (key === "discriminator" && child !== null && typeof child === "object" && "mapping" in child) {
        const mapping = (child as { mapping: unknown }).mapping;
        if (mapping === null || typeof mapping !== "object") return false;
        for (const target of Object.values(mapping)) {
          if (typeof target !== "string" || !/^#\/components\/schemas\/[^/]+$/.test(target) || !resolves(document, target)) return false;
        }
      } else {
        stack.push(child);
      }
    }
  }
  return true;
}
