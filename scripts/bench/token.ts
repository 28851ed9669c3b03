import jwt from 'jsonwebtoken';

/**
 * A token of the server's own issuer for a user, as `npm run token` makes one (HS256 with
 * JWT_SECRET, the default issuer and audience): the benchmark's servers run with `secret`.
 */
export function benchToken(userId: string, secret: string): string {
  return jwt.sign({}, secret, {
    algorithm: 'HS256',
    subject: userId,
    issuer: process.env.JWT_ISSUER ?? 'fengfan-valence-compliance',
    audience: process.env.JWT_AUDIENCE ?? 'compliance-api',
    expiresIn: 3600,
  });
}
