"""The analyst's web dashboard: server-rendered pages over the store, each with a JSON twin
under the API (`techties.interfaces.api`), served by `server.serve`."""
