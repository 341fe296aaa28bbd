/**
 * An e-mail address as people write them on a privacy notice: `name@domain.tld`. Stricter than
 * RFC 5322, which also allows quoted local parts with spaces, quotes and angle brackets in them
 * (`"</script>…"@x.fi`) and addresses at IP literals: none of those belongs on a notice, and each
 * would have to be escaped in every format the notice is delivered in.
 */

/** Letters (also ä, ö, å …), digits and . _ % + - ' ; no dot at either end or two in a row. */
const LOCAL_PART = /^[\p{L}\p{M}\p{N}_%+'-]+(?:\.[\p{L}\p{M}\p{N}_%+'-]+)*$/u;
/** A host name (also an internationalised one) with at least one dot and a top-level domain of letters. */
const DOMAIN = /^(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

export function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || value.length > 254) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL_PART.test(local) && DOMAIN.test(domain);
}
