/**
 * The peer of the API benchmark: the same data served by the Neo4j GraphQL Library
 * (@neo4j/graphql), the library users would otherwise pick, behind Apollo's standalone server.
 * Started as a child process by bench/api.ts: `tsx bench/servers/neo4j-graphql.ts <port>`.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Organization @node {
    id: ID!
    name: String!
    kind: String
    sector: String
    employees: Float
    clusters: [Cluster!]! @relationship(type: "MEMBER_OF", direction: OUT)
    supplies: [Organization!]! @relationship(type: "SUPPLIES", direction: OUT)
    suppliers: [Organization!]! @relationship(type: "SUPPLIES", direction: IN)
    collaborators: [Organization!]! @relationship(type: "COLLABORATES_WITH", direction: OUT, queryDirection: UNDIRECTED)
  }
  type Cluster @node {
    id: ID!
    name: String!
    sector: String
    members: [Organization!]! @relationship(type: "MEMBER_OF", direction: IN)
  }
`;

const port = Number(process.argv[2] ?? 4100);
const driver = neo4j.driver(process.env['NEO4J_URI'] ?? '', neo4j.auth.basic(process.env['NEO4J_USER'] ?? 'neo4j', process.env['NEO4J_PASSWORD'] ?? ''));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
// Compact JSON as ours sends in production (Apollo pretty-prints by default), so that neither
// side pays for indentation the other does not.
const server = new ApolloServer({ schema, stringifyResult: (value) => JSON.stringify(value) });
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' }, context: async () => ({}) });
process.stdout.write(`ready ${url}\n`);
