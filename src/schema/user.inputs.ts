import { IdempotencyKey } from './idempotency-key';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, MaxDate } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { Role } from '../domain/parties';
import { RoleEnum } from './enums';

@InputType({ description: 'A user to create in your own party' })
export class CreateUserInput {
  @Field({ description: 'Its e-mail address, unique whatever its case' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @Length(3, 254)
  email: string;

  @Field({ description: 'Its name as shown' })
  @Length(1, 200)
  displayName: string;

  @Field(() => [RoleEnum], { description: 'Its roles within your party' })
  @ArrayMinSize(1, { message: 'must name at least one role' })
  @ArrayMaxSize(5)
  roles: Role[];

  @Field(() => String, {
    nullable: true,
    description:
      "The subject (`sub`) the party's identity provider gives this user, where users are found by subject rather than e-mail",
  })
  @IsOptional()
  @Length(1, 255)
  externalSubject?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the user executed a nondisclosure agreement (TIC 8.1(ii))',
  })
  @IsOptional()
  @MaxDate(() => new Date(), { message: 'cannot be in the future' })
  ndaExecutedAt?: Date | null;

  @IdempotencyKey()
  idempotencyKey?: string | null;
}
