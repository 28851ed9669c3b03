import { GraphQLLocalDate } from '../local-date';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { NdaKind } from '../../domain/confidential';
import type { PartyCode } from '../../domain/parties';
import { Connection } from '../connection';
import { NdaKindEnum, PartyCodeEnum } from '../enums';

@ObjectType('RevealedDocument', { description: 'A document of a revealed item, decrypted' })
export class RevealedDocumentType {
  @Field(() => ID, { description: 'The document' })
  id: string;

  @Field({ description: 'Its file name' })
  fileName: string;

  @Field({ description: 'Its media type' })
  mediaType: string;

  @Field({
    description:
      'The SHA-256 of the document as registered (a text document is revealed with the watermark added: compare after removing its first and last lines)',
  })
  sha256: string;

  @Field({
    description:
      "The content, base64: a text document with the reveal's watermark as its first and last lines; any other file as registered, the reveal named by the watermark and fingerprint beside it and in the access log",
  })
  contentBase64: string;

  @Field({ description: 'Whether the watermark was written into this copy (text documents)' })
  watermarked: boolean;
}

@ObjectType('RevealedContent', {
  description:
    'The protected content of an item, read for a stated purpose and logged (TIC 8.1, 8.2): the text carries a watermark naming the reader, party, time and the fingerprint recorded in the access log',
})
export class RevealedContentType {
  @Field(() => ID, { description: 'The item' })
  itemId: string;

  @Field(() => ID, { description: 'The access-log entry of this reveal' })
  accessId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The protected text between two copies of the watermark',
  })
  text: string | null;

  @Field({ description: 'The watermark line: reader, party, time and fingerprint' })
  watermark: string;

  @Field({ description: 'The per-reveal fingerprint, also in the access log' })
  fingerprint: string;

  @Field({ description: 'When it was revealed' })
  revealedAt: Date;

  @Field(() => [RevealedDocumentType], { description: 'The documents, decrypted' })
  documents: RevealedDocumentType[];
}

@ObjectType('AccessLogEntry', { description: 'One read of protected content (TIC 8.2)' })
export class AccessLogEntryType {
  @Field(() => ID, { description: 'The entry' })
  id: string;

  @Field(() => ID, { description: 'The item read' })
  itemId: string;

  @Field(() => ID, { description: 'The reader' })
  userId: string;

  @Field({ description: "The reader's e-mail address" })
  userEmail: string;

  @Field({ description: "The reader's name" })
  userName: string;

  @Field(() => PartyCodeEnum, { description: "The reader's party" })
  partyCode: PartyCode;

  @Field({ description: 'When it was read' })
  accessedAt: Date;

  @Field({ description: 'The purpose stated' })
  purpose: string;

  @Field({ description: "The fingerprint the reveal's watermark carried" })
  fingerprint: string;
}

@ObjectType('AccessLogEntryConnection', { description: 'A page of the access log' })
export class AccessLogEntryConnection extends Connection(AccessLogEntryType, 'AccessLogEntry') {}

@ObjectType('NdaForm', {
  description: 'A form staff sign (TIC 8.1(ii); JVC Art. 98) and the parties that approved it',
})
export class NdaFormType {
  @Field(() => ID, { description: 'The form' })
  id: string;

  @Field(() => PartyCodeEnum, { description: 'The party whose staff sign it' })
  partyCode: PartyCode;

  @Field(() => NdaKindEnum, { description: 'An NDA or the JV undertaking' })
  kind: NdaKind;

  @Field({ description: 'Its title' })
  title: string;

  @Field({ description: 'Its own reference (version, file number)' })
  reference: string;

  @Field(() => [PartyCodeEnum], {
    description: 'The parties that approved it: the disclosing parties it satisfies (TIC 8.1(ii))',
  })
  approvedBy: PartyCode[];
}

@ObjectType('NdaFormConnection', { description: 'A page of NDA forms' })
export class NdaFormConnection extends Connection(NdaFormType, 'NdaForm') {}

@ObjectType('NondisclosureAgreement', { description: "A user's executed agreement on a form" })
export class NondisclosureAgreementType {
  @Field(() => ID, { description: 'The agreement' })
  id: string;

  @Field(() => ID, { description: 'The user who signed' })
  userId: string;

  @Field(() => ID, { description: 'The form signed' })
  formId: string;

  @Field(() => GraphQLLocalDate, { description: 'The day it was executed' })
  executedOn: string;
}

@ObjectType('NdaCoverageUser', { description: "One user's access and agreements" })
export class NdaCoverageUserType {
  @Field(() => ID, { description: 'The user' })
  userId: string;

  @Field({ description: 'Their e-mail address' })
  email: string;

  @Field({ description: 'Their name' })
  displayName: string;

  @Field(() => Int, { description: 'Need-to-know grants live today' })
  liveGrants: number;

  @Field({ description: 'An executed NDA is on record (TIC 8.1(ii))' })
  ndaOnRecord: boolean;

  @Field({ description: 'A signed JV undertaking is on record (JVC Art. 98)' })
  undertakingOnRecord: boolean;

  @Field({
    description:
      'Covered, for every disclosing party whose items they hold a live grant on, by an NDA in a form it approved or the JV undertaking',
  })
  covered: boolean;

  @Field(() => Int, { description: 'Reads of protected content in the period' })
  reads: number;
}

@ObjectType('NdaCoverage', {
  description:
    "Whether your party's staff with access to confidential information have signed (TIC 8.1(ii), 8.2; JVC Art. 98)",
})
export class NdaCoverageType {
  @Field(() => PartyCodeEnum, { description: 'Your party' })
  party: PartyCode;

  @Field(() => GraphQLLocalDate, { description: 'The first day of the period' })
  from: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day of the period' })
  to: string;

  @Field(() => Int, { description: 'Users holding a live grant today' })
  usersWithGrants: number;

  @Field(() => Int, { description: 'Of those, users covered by an agreement on record' })
  usersCovered: number;

  @Field(() => Int, { description: 'Users who read protected content in the period' })
  usersWhoRead: number;

  @Field(() => [NdaCoverageUserType], {
    description: 'Every user with a live grant or a read in the period, by e-mail',
  })
  users: NdaCoverageUserType[];
}
