import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { EmailAddressResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { Role } from '../auth/role';

@InputType({ description: 'Email and password of a staff member.' })
export class LoginInput {
  @Field({ description: 'Login email.' })
  @MaxLength(254, { message: 'The email must be at most 254 characters.' })
  email: string;

  @Field({ description: 'Password.' })
  @MaxLength(200, { message: 'The password must be at most 200 characters.' })
  password: string;
}

@InputType({ description: 'A new staff member of your shop.' })
export class UserCreateInput {
  @Field(() => EmailAddressResolver, { description: 'Login email, unique over all shops.' })
  @MaxLength(254, { message: 'The email must be at most 254 characters.' })
  email: string;

  @Field({ description: 'Name shown to colleagues, 1–100 characters.' })
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(100, { message: 'The name must be at most 100 characters.' })
  name: string;

  @Field(() => Role, { description: 'Department.' })
  role: Role;

  @Field({ description: 'Initial password, 10–200 characters.' })
  @MinLength(10, { message: 'The password must be at least 10 characters.' })
  @MaxLength(200, { message: 'The password must be at most 200 characters.' })
  password: string;

  @Field(() => ID, { nullable: true, description: 'Sales team (sales reps only).' })
  teamId?: string | null;
}

@InputType({ description: 'Changes to a staff member. Omitted fields stay as they are.' })
export class UserUpdateInput {
  @Field(() => String, { nullable: true, description: 'Name shown to colleagues.' })
  @IsOptional()
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(100, { message: 'The name must be at most 100 characters.' })
  name?: string | null;

  @Field(() => Role, { nullable: true, description: 'Department. Leaving SALES also leaves the team.' })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'Sales team; null takes the rep out of their team.' })
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false: the user can no longer sign in; their sessions and API tokens stop working at once.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New password, 10–200 characters.' })
  @IsOptional()
  @MinLength(10, { message: 'The password must be at least 10 characters.' })
  @MaxLength(200, { message: 'The password must be at most 200 characters.' })
  password?: string | null;
}

@InputType({ description: 'Which staff members to list.' })
export class UserFilter {
  @Field(() => Role, { nullable: true, description: 'Only this department.' })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'Only members of this team.' })
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) users.' })
  active?: boolean | null;
}

@InputType({ description: 'A new sales team.' })
export class SalesTeamCreateInput {
  @Field({ description: 'Team name, unique in the shop, 1–100 characters.' })
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(100, { message: 'The name must be at most 100 characters.' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'Team lead: an active sales rep, who joins the team.' })
  leadId?: string | null;
}

@InputType({ description: 'Changes to a sales team. Omitted fields stay as they are.' })
export class SalesTeamUpdateInput {
  @Field(() => String, { nullable: true, description: 'Team name.' })
  @IsOptional()
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(100, { message: 'The name must be at most 100 characters.' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Team lead (joins the team); null: no lead.' })
  leadId?: string | null;
}
