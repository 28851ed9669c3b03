/**
 * Whether an ADMIN may create a user with this e-mail address: only in one of its own party's
 * domains, so that no party can claim another's addresses or learn which of them exist.
 * Subdomains are not included: each domain is listed.
 */
export function emailDomainRefusal(input: {
  email: string;
  domains: readonly string[];
}): { field: 'email'; reason: string } | null {
  const at = input.email.lastIndexOf('@');
  const domain = at < 0 ? '' : input.email.slice(at + 1).toLowerCase();
  const allowed = input.domains.some((candidate) => candidate.toLowerCase() === domain);
  return allowed
    ? null
    : { field: 'email', reason: "must be an address in one of your party's e-mail domains" };
}
