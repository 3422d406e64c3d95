/** ANSI colour and cursor sequences (Prism colours its log when it thinks it writes to a terminal). */
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** `[2:14:07 PM] ›     [VALIDATOR] ✖  error     Violation: request.query.limit …` */
const LINE = /^\[(?<time>[^\]]+)\]\s+›\s+\[(?<scope>[A-Z ]+)\]\s+(?<rest>.*)$/;
/** The level badge and message after the scope; for HTTP SERVER lines the request comes before it. */
const BADGE = /^(?<before>.*?)\s*\S\s+(?<level>awaiting|info|success|note|start|warning|warn|error|fatal|debug|trace)\s+(?<message>.*)$/;

/** The clock time as `14:14:07`, whatever locale format Prism printed. */
function clock(time: string): string {
  const match = /(\d{1,2}):(\d{2}):(\d{2})\s*([AP]M)?/i.exec(time);
  if (!match) return time;
  let hours = Number(match[1]);
  const meridiem = match[4]?.toUpperCase();
  if (meridiem === "PM" && hours < 12) hours += 12;
  if (meridiem === "AM" && hours === 12) hours = 0;
  return `${String(hours).padStart(2, "0")}:${match[2]}:${match[3]}`;
}

const INDENT = " ".repeat(9);

/**
 * Turns one line of Prism's log into what `npm run mock` prints, or `undefined` to drop it:
 *
 *     14:14:07 GET /v1/organization_invitations?limit=abc
 *              ✖ violation: request.query.limit Request query parameter limit must be integer
 *              ← 422
 *
 * Kept: each request, the status it got, every spec violation (request or response), and errors
 * and warnings other than Prism's summary of violations. Dropped: Prism's start-up banner and
 * route list (the mock prints its own) and its step-by-step negotiation chatter. A line in any
 * other format (a stack trace, a start-up failure) passes through unchanged.
 */
export function formatPrismLog(rawLine: string): string | undefined {
  const line = rawLine.replace(ANSI, "").trimEnd();
  if (line.trim() === "") return undefined;
  const parsed = LINE.exec(line)?.groups;
  if (!parsed) return line;
  const badge = BADGE.exec(parsed.rest ?? "")?.groups;
  if (!badge) return line;
  const scope = (parsed.scope ?? "").trim();
  const level = badge.level ?? "";
  const message = (badge.message ?? "").trim();
  const isProblem = level === "error" || level === "fatal" || level === "warning" || level === "warn";

  if (scope === "CLI") return isProblem ? `${message}` : undefined;
  if (scope === "HTTP SERVER") {
    if (message === "Request received") {
      const [method = "", ...target] = (badge.before ?? "").trim().split(/\s+/);
      return `${clock(parsed.time ?? "")} ${method.toUpperCase()} ${target.join(" ")}`;
    }
    const terminated = /^Request terminated with error:\s*(?:\S*#)?(.*)$/.exec(message);
    if (terminated) return `${INDENT}✖ ${terminated[1]}`;
    return isProblem ? `${INDENT}✖ ${message}` : undefined;
  }
  const responding = /^> Responding with "(\d{3})"$/.exec(message);
  if (responding) return `${INDENT}← ${responding[1]}`;
  const violation = /^Violation:\s*(.*)$/.exec(message);
  if (violation) return `${INDENT}${level === "error" ? "✖" : "⚠"} violation: ${violation[1]}`;
  if (scope === "VALIDATOR") return undefined; // its other lines repeat the violations or the final error
  return isProblem ? `${INDENT}${level === "error" || level === "fatal" ? "✖" : "⚠"} ${message}` : undefined;
}
