"""The domain, pure Python: questionnaires, answers, the store and the service. Never imports Qt."""
