"""What operators see of the service: status documents, pass records and heartbeats in Redis."""
