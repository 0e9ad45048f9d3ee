// Names people give themselves reach other people's inboxes only as names: a name that reads as a
// link (a URL, a www. address, a domain, an email address) could be shown as one by a mail client.
// Sign-up refuses such names; mail neutralises what may already be stored.

/**
 * A URL with a scheme, a www. address, an email address, or a domain: words joined by dots with no space,
 * ending in two or more letters ("evil.example"). Initials and titles ("Dr. Rao", "J.R.R. Tolkien") are not.
 */
const LINK_SHAPED = /[a-z][a-z0-9+.-]*:\/\/\S*|\bwww\.\S*|\S+@\S+|[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.\p{L}{2,}\b\/?\S*/giu;

/** Whether the text holds something a mail client could turn into a link. */
export function isLinkShaped(text: string): boolean {
  LINK_SHAPED.lastIndex = 0;
  return LINK_SHAPED.test(text);
}

/** The text without its link-shaped parts (see above), or `fallback` when nothing else is left. */
export function withoutLinks(text: string, fallback: string): string {
  const left = text.replace(LINK_SHAPED, ' ').replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(left) ? left : fallback;
}
