"""Channel adapters: one module per messenger, each turning a platform update into an Inquiry and an
Answer back into the platform's reply. Nothing here is platform-specific yet; the Telegram and
WeChat adapters come with their own issues and call ``knowledge.engine.AnswerEngine.answer``.
"""
