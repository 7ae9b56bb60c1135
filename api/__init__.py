"""The REST API and the MCP server: other programs' way in, over the same domain functions."""
