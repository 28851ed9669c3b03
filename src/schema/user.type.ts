import { Field, ID, ObjectType } from 'type-graphql';
import type { PartyCode, Role, UserKind } from '../domain/parties';
import { Connection } from './connection';
import { PartyCodeEnum, RoleEnum, UserKindEnum } from './enums';

@ObjectType('User', { description: 'A user of one party, with its roles' })
export class UserType {
  @Field(() => ID, { description: 'The user' })
  id: string;

  @Field({ description: 'Its e-mail address, unique' })
  email: string;

  @Field({ description: 'Its name as shown' })
  displayName: string;

  @Field(() => PartyCodeEnum, { description: 'The party it acts for' })
  partyCode: PartyCode;

  @Field(() => [RoleEnum], { description: 'Its roles within that party' })
  roles: Role[];

  @Field(() => UserKindEnum, { description: 'A person, or a service account for scripts' })
  kind: UserKind;

  @Field({ description: 'False once deactivated: it can no longer sign in' })
  active: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the user executed a nondisclosure agreement (TIC 8.1(ii))',
  })
  ndaExecutedAt: Date | null;

  @Field({ description: 'When it was created' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it was deactivated; null while active', nullable: true })
  deactivatedAt: Date | null;
}

@ObjectType('UserConnection', { description: 'A page of the users of your party' })
export class UserConnection extends Connection(UserType, 'User') {}
