import { Field, ID, ObjectType } from 'type-graphql';
import type { PartyCode, Role, UserKind } from '../domain/parties';
import { Connection } from './connection';
import { PartyCodeEnum, RoleEnum, UserKindEnum } from './enums';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => PartyCodeEnum)
  partyCode: PartyCode;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field(() => UserKindEnum, { description: 'A person, or a service account for scripts' })
  kind: UserKind;

  @Field()
  active: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the user executed a nondisclosure agreement (TIC 8.1(ii))',
  })
  ndaExecutedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  deactivatedAt: Date | null;
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserType, 'User') {}
