import { checkedValues } from "../model/fields.js";
import { defineRule } from "../rule-api/define-rule.js";
import { linkTarget, urlProblem } from "../rule-api/links.js";
import { derivedFrom } from "../util/derived.js";
import { plain, quote, quoteList } from "../util/text.js";

export const SOURCE_HOSTS: readonly string[] = [
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "codeberg.org",
  "huggingface.co",
  "sourceforge.net",
  "gitee.com",
  "git.sr.ht",
  "sr.ht",
];

export default defineRule({
  id: "repo-url",
  description: "The Repo field should link to a source-code host (GitHub, GitLab, Hugging Face…), not a product site",
  category: "values",
  defaultSeverity: "error",
  fixable: false,
  options: {
    hosts: {
      default: [...SOURCE_HOSTS],
      description: "Host names of source-code hosts; their subdomains count too",
      schema: (z) => z.array(z.string().min(1)),
    },
  },
  messages: {
    host: "Unexpected host `{{host}}` in {{value}} for `{{field}}`, expected a source-code host such as {{hosts}} (or `-` if there is no public repository)",
    owner:
      "Unexpected {{value}} for `{{field}}`, the page of `{{owner}}` on {{host}} rather than a repository, expected the repository's own URL (`https://{{host}}/{{owner}}/<repository>`), or `-` if there is no public one",
  },
  check({ fieldMatches, options, report }) {
    const { hosts, trie } = hostIndex(options.hosts);
    for (const match of fieldMatches()) {
      const { section, spec } = match;
      if (spec.kind !== "url" || !/^(?:repo|repository)$/i.test(section.name)) continue;
      for (const value of checkedValues(match)) {
        // Text that is not a URL at all is the `url` rule's finding.
        if (value.kind === "block" || urlProblem(value.text)) continue;
        const inner = linkTarget(value.text);
        const url = new URL(inner);
        const host = normalizeHost(url.hostname);
        if (isSourceHost(host, trie)) {
          const owner = ownerPage(host, url.pathname);
          if (owner) {
            report({
              messageId: "owner",
              data: {
                value: quote(value.text),
                field: plain(section.name),
                host: plain(host.replace(/^www\./, "")),
                owner: plain(owner),
              },
              range: value.range,
            });
          }
          continue;
        }
        report({
          messageId: "host",
          data: { host: plain(host), value: quote(value.text), field: plain(section.name), hosts: quoteList(hosts) },
          range: value.range,
        });
      }
    }
  },
});

/**
 * Hosts whose repositories are `https://<host>/<owner>/<name>`, so that a URL of one path
 * segment is an owner's page (an organisation or a user) listing repositories, not one.
 * (GitLab's groups nest, so only its one-segment URLs are sure to be groups too.)
 */
const OWNER_HOSTS = new Set([
  "github.com",
  "gitlab.com",
  "bitbucket.org",
  "codeberg.org",
  "huggingface.co",
  "gitee.com",
]);
// Pages of those hosts that are no owner (`github.com/features`, `huggingface.co/models`).
const SITE_PAGES = new Set([
  "about",
  "blog",
  "collections",
  "datasets",
  "docs",
  "enterprise",
  "explore",
  "features",
  "marketplace",
  "models",
  "pricing",
  "search",
  "security",
  "settings",
  "spaces",
  "sponsors",
  "topics",
  "trending",
]);

/** The owner whose page `pathname` is on a source host (`/mistralai`, `/orgs/mistralai`), if it is one. */
function ownerPage(host: string, pathname: string): string | undefined {
  const bare = host.replace(/^www\./, "");
  if (!OWNER_HOSTS.has(bare)) return undefined;
  const segments = pathname.split("/").filter(Boolean);
  const owner =
    segments.length === 2 && bare === "github.com" && /^(?:orgs|users)$/i.test(segments[0] as string)
      ? segments[1]
      : segments.length === 1
        ? segments[0]
        : undefined;
  if (owner === undefined || SITE_PAGES.has(owner.toLowerCase()) || owner.startsWith("@")) return undefined;
  try {
    return decodeURIComponent(owner);
  } catch {
    return owner; // `%zz`: shown as written
  }
}

/** `GitHub.com.` and `github.com` are the same host. */
function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, "");
}

/** A host name's labels from the last one: `docs.github.com` → `com`, `github`, `docs`. */
interface LabelNode {
  next: Map<string, LabelNode>;
  /** A host of the list ends here. */
  host: boolean;
}

/**
 * The option's hosts, normalised, and a trie of their labels from the last one, built once
 * per list: a host then matches in one walk over its labels, not one comparison per host of
 * the list (a pull request's config and its entry's Repo fields, hosts × fields).
 */
const hostIndex = derivedFrom((list: readonly string[]): { hosts: string[]; trie: LabelNode } => {
  const hosts = list.map(normalizeHost);
  const trie: LabelNode = { next: new Map(), host: false };
  for (const host of hosts) {
    let node = trie;
    for (const label of host.split(".").reverse()) {
      let next = node.next.get(label);
      if (!next) {
        next = { next: new Map(), host: false };
        node.next.set(label, next);
      }
      node = next;
    }
    node.host = true;
  }
  return { hosts, trie };
});

/** Whether `host` is one of the trie's hosts or a subdomain of one (`host === h || host.endsWith(`.${h}`)`). */
function isSourceHost(host: string, trie: LabelNode): boolean {
  let node: LabelNode | undefined = trie;
  const labels = host.split(".");
  for (let i = labels.length - 1; i >= 0 && node; i--) {
    node = node.next.get(labels[i] as string);
    if (node?.host) return true;
  }
  return false;
}
