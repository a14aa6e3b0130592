import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ArgsType, ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from './relay';
import { badUserInput } from './user-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sorted list.',
  valuesConfig: { ASC: { description: 'Smallest or oldest first.' }, DESC: { description: 'Largest or newest first.' } },
});

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return: ${DEFAULT_PAGE_SIZE} when omitted, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (`pageInfo.endCursor` of the previous page).' })
  after?: string | null;
}

/** A validated page request: how many rows and the sort key to start after. */
export interface PageRequest {
  limit: number;
  after: { value: string | number; id: number } | null;
}

/** Validates `first`/`after`; a bad one is a malformed request (BAD_USER_INPUT), not a silent clamp. */
export function pageRequest(args: PageArgs): PageRequest {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${limit}.`, 'first');
  }
  return { limit, after: args.after ? decodeCursor(args.after) : null };
}

export function encodeCursor(value: string | number | Date, id: number): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([v, id])).toString('base64url');
}

function decodeCursor(cursor: string): { value: string | number; id: number } {
  try {
    if (cursor.length > 512) throw new Error('too long');
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      Number.isInteger(parsed[1])
    ) {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the typed error
  }
  throw badUserInput('after is not a cursor this list gave out.', 'after');
}

/** One page of a keyset-paginated list, ready for a `XxxConnection` object. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counted only when the client asks for `totalCount`. */
  totalCount: () => Promise<number>;
}

/** An item of a page; its cursor is encoded only if a client asks for it. */
class Edge<T extends { id: number }> {
  constructor(
    readonly node: T,
    private readonly sortValue: (row: T) => string | number | Date,
  ) {}

  get cursor(): string {
    return encodeCursor(this.sortValue(this.node), this.node.id);
  }
}

/** Builds a page from `limit + 1` rows fetched after the cursor. */
export function toPage<T extends { id: number }>(
  rows: T[],
  request: PageRequest,
  sortValue: (row: T) => string | number | Date,
  totalCount: () => Promise<number>,
): Page<T> {
  const hasNextPage = rows.length > request.limit;
  const nodes = hasNextPage ? rows.slice(0, request.limit) : rows;
  const edges = nodes.map((node) => new Edge(node, sortValue));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** Declares `XxxConnection` and `XxxEdge` GraphQL types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, nodeName: string, description: string) {
  @ObjectType(`${nodeName}Edge`, { simpleResolvers: true, description: `One ${description} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item; pass it as `after`.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${description}.` })
    node: T;
  }

  @ObjectType(`${nodeName}Connection`, { simpleResolvers: true, description: `A page of ${description}s.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Where this page starts and ends.' })
    pageInfo: PageInfo;

    // A function on the page object: graphql-js's default resolver calls it, so the
    // COUNT(*) runs only when a client selects totalCount.
    @Field(() => Int, { description: 'How many items match the filter over all pages.' })
    totalCount: () => Promise<number>;
  }
  return ConnectionType;
}

/** The fields a query selects, by name, each with the fields it selects in turn (empty for leaves). */
export type Selection = ReadonlyMap<string, Selection>;

/**
 * What a query selects on the items of the connection being resolved (`edges { node { … } }`),
 * through fragments and aliases: which relations a page may bring along, and theirs.
 */
export function nodeSelectionOf(info: GraphQLResolveInfo): Selection {
  const fieldsIn = (sets: readonly (SelectionSetNode | undefined)[], name?: string): FieldNode[] => {
    const found: FieldNode[] = [];
    const visit = (set: SelectionSetNode | undefined) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === 'Field') {
          if (name === undefined || selection.name.value === name) found.push(selection);
        } else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
        else visit(info.fragments[selection.name.value]?.selectionSet);
      }
    };
    sets.forEach(visit);
    return found;
  };
  const tree = (fields: FieldNode[], depth: number): Selection => {
    const byName = new Map<string, FieldNode[]>();
    for (const field of fieldsIn(fields.map((f) => f.selectionSet))) byName.set(field.name.value, [...(byName.get(field.name.value) ?? []), field]);
    // Pages bring relations two levels down at most; deeper ones load level by level.
    return new Map([...byName].map(([fieldName, nodes]) => [fieldName, depth > 1 ? new Map() : tree(nodes, depth + 1)]));
  };
  const edges = fieldsIn(info.fieldNodes.map((field) => field.selectionSet), 'edges');
  return tree(fieldsIn(edges.map((edge) => edge.selectionSet), 'node'), 1);
}
