"""Agents: the provider port, the local provider, the support agent and the router."""
