/** The API's version, as the OpenAPI document, the MCP server and its card state it. */
export const API_VERSION = '1.0.0'
