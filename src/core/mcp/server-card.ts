import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/server'
import { API_VERSION } from '../http/version.js'
import { MCP_SERVER_NAME, MCP_SERVER_TITLE, MCP_INSTRUCTIONS } from './mcp-server.js'
import { toolListing } from './tools.js'

/**
 * The MCP server card: what the server is, where it listens and its tools, readable without
 * connecting. Server cards are still a draft (SEP-1649, now SEP-2127), so the card carries the
 * fields of both: `serverInfo`/`transport`/`capabilities` and `name`/`remotes`.
 */
export function serverCard(publicUrl: string, mcpPath: string) {
  const endpoint = `${publicUrl}${mcpPath}`
  return {
    name: MCP_SERVER_NAME,
    title: MCP_SERVER_TITLE,
    version: API_VERSION,
    description: MCP_INSTRUCTIONS,
    websiteUrl: `${publicUrl}/`,
    serverInfo: { name: MCP_SERVER_NAME, title: MCP_SERVER_TITLE, version: API_VERSION },
    protocolVersion: LATEST_PROTOCOL_VERSION,
    protocolVersions: ['2026-07-28', ...SUPPORTED_PROTOCOL_VERSIONS],
    transport: { type: 'streamable-http', endpoint },
    remotes: [{ type: 'streamable-http', url: endpoint }],
    authentication: { required: false },
    capabilities: { tools: { listChanged: false }, resources: { listChanged: false } },
    tools: toolListing(),
  }
}
