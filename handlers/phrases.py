"""Fixed phrases the channels say (menus, limits, hand-offs), per reply language.

The engine's own phrases live in knowledge/messages.py; these belong to the conversation around it.
"""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "welcome": {
        "en": "Welcome to Dosti, the assistant of the Outsourcing ICT Talent from Pakistan programme. I answer "
        "questions about the programme, its events and the companies in its directory. Try:\n"
        "• How do we register as a provider?\n• Which Lahore companies do mobile app development?\n"
        "• When is the Shanghai Buyer Matchmaking Day?",
        "zh": "欢迎使用 Dosti —— “巴基斯坦ICT人才外包”项目助手。我可以回答项目、活动和名录公司的问题，例如：\n"
        "• 中方企业需要付费吗？\n• 伊斯兰堡有哪些做人工智能的公司？\n• 上海采购方对接日是哪天？",
        "ur": 'Dosti میں خوش آمدید — "Outsourcing ICT Talent from Pakistan" پروگرام کا معاون۔ مثلاً پوچھیں:\n'
        "• رجسٹریشن کی کوئی فیس ہے؟\n• کراچی میں کون سی کمپنیاں کال سینٹر کا کام کرتی ہیں؟\n• ہیلپ لائن کب کھلی ہوتی ہے؟",
        "ur-Latn": "Dosti mein khush aamdeed! Program, events aur directory ki companies ke baare mein poochein, "
        "maslan:\n• Registration kaise hoti hai?\n• Lahore mein app banane wali companies konsi hain?\n"
        "• Helpline kab khulti hai?",
    },
    "choose_language": {
        "en": "Choose the language for my replies:",
        "zh": "请选择回复语言：",
        "ur": "جوابات کی زبان منتخب کریں:",
        "ur-Latn": "Jawab ki zabaan chunein:",
    },
    "language_set": {
        "en": "I will reply in English.",
        "zh": "我将用中文回复。",
        "ur": "میں اردو میں جواب دوں گا۔",
        "ur-Latn": "Main Roman Urdu mein jawab dunga.",
    },
    "language_auto": {
        "en": "I will reply in the language of each message.",
        "zh": "我将按每条消息的语言回复。",
        "ur": "میں ہر پیغام کی زبان میں جواب دوں گا۔",
        "ur-Latn": "Main har message ki zabaan mein jawab dunga.",
    },
    "companies_usage": {
        "en": "Tell me what you need, e.g. /companies fintech Karachi ISO 27001",
        "zh": "请写明需求，例如：/companies 杭州 电商",
        "ur": "اپنی ضرورت لکھیں، مثلاً: /companies کراچی کال سینٹر",
        "ur-Latn": "Apni zaroorat likhein, maslan: /companies Lahore app development",
    },
    "handoff_started": {
        "en": "I have passed your question to programme staff; a person will answer you here.",
        "zh": "您的问题已转给项目工作人员，稍后会有专人在此回复您。",
        "ur": "آپ کا سوال پروگرام کے عملے کو بھیج دیا گیا ہے؛ کوئی شخص یہیں آپ کو جواب دے گا۔",
        "ur-Latn": "Aap ka sawal program staff ko bhej diya gaya hai; koi shakhs yahin jawab dega.",
    },
    "handoff_web": {
        "en": "Thank you. Programme staff will contact you at {contact}.",
        "zh": "谢谢。项目工作人员会通过 {contact} 联系您。",
        "ur": "شکریہ۔ پروگرام کا عملہ آپ سے {contact} پر رابطہ کرے گا۔",
        "ur-Latn": "Shukriya. Program staff aap se {contact} par rabta karega.",
    },
    "lead_web": {
        "en": "Thank you. Programme staff will introduce you to {company} and write to {contact}.",
        "zh": "谢谢。项目工作人员会为您引荐 {company}，并通过 {contact} 与您联系。",
        "ur": "شکریہ۔ پروگرام کا عملہ آپ کا تعارف {company} سے کروائے گا اور {contact} پر رابطہ کرے گا۔",
        "ur-Latn": "Shukriya. Program staff aap ka taaruf {company} se karwayega aur {contact} par rabta karega.",
    },
    "office_hours": {
        "en": "Office hours: {hours}.",
        "zh": "办公时间：{hours}。",
        "ur": "دفتری اوقات: {hours}۔",
        "ur-Latn": "Daftari auqaat: {hours}.",
    },
    "staff_reply": {
        "en": "Programme staff",
        "zh": "项目工作人员",
        "ur": "پروگرام کا عملہ",
        "ur-Latn": "Program staff",
    },
    "feedback_usage": {
        "en": "Write your feedback after the command, e.g. /feedback the answers were clear",
        "zh": "请在命令后写下反馈，例如：/feedback 回答很清楚",
        "ur": "کمانڈ کے بعد اپنی رائے لکھیں، مثلاً: /feedback جوابات واضح تھے",
        "ur-Latn": "Command ke baad apni raaye likhein, maslan: /feedback jawab wazeh thay",
    },
    "feedback_thanks": {
        "en": "Thank you, your feedback was recorded.",
        "zh": "谢谢，您的反馈已记录。",
        "ur": "شکریہ، آپ کی رائے محفوظ کر لی گئی۔",
        "ur-Latn": "Shukriya, aap ki raaye mehfooz kar li gayi.",
    },
    "lead_recorded": {
        "en": "Your introduction request for {company} was recorded. Programme staff will contact you within "
        "2 business days to arrange a first meeting.",
        "zh": "已记录您对 {company} 的对接请求。项目工作人员将在2个工作日内联系您安排首次会议。",
        "ur": "{company} سے تعارف کی آپ کی درخواست محفوظ ہو گئی۔ پروگرام کا عملہ 2 کاروباری دنوں میں پہلی میٹنگ کے لیے رابطہ کرے گا۔",
        "ur-Latn": "{company} se taaruf ki darkhwast mehfooz ho gayi. Program staff 2 karobari dinon mein rabta karega.",
    },
    "request_intro": {
        "en": "Request introduction: {company}",
        "zh": "请求对接：{company}",
        "ur": "تعارف کی درخواست: {company}",
        "ur-Latn": "Taaruf ki darkhwast: {company}",
    },
    "vote_thanks": {
        "en": "Thanks for the feedback!",
        "zh": "感谢反馈！",
        "ur": "رائے کا شکریہ!",
        "ur-Latn": "Raaye ka shukriya!",
    },
    "rate_limited": {
        "en": "You are sending messages faster than I can answer. Please wait a minute and try again.",
        "zh": "您发送消息太快了，请稍等一分钟再试。",
        "ur": "آپ بہت تیزی سے پیغامات بھیج رہے ہیں۔ براہِ کرم ایک منٹ بعد دوبارہ کوشش کریں۔",
        "ur-Latn": "Aap bohat tezi se messages bhej rahe hain. Meharbani kar ke ek minute baad koshish karein.",
    },
    "busy_answering": {
        "en": "Many questions are arriving at once. I have yours and will answer here in a moment.",
        "zh": "当前咨询较多，您的问题已收到，稍后会在这里回复您。",
        "ur": "اس وقت بہت سے سوالات آ رہے ہیں۔ آپ کا سوال مل گیا ہے، تھوڑی دیر میں یہیں جواب دوں گا۔",
        "ur-Latn": "Is waqt bohat se sawalat aa rahe hain. Aap ka sawal mil gaya hai, thori der mein yahin jawab dunga.",
    },
    "busy_later": {
        "en": "Too many questions are waiting right now, so I could not take yours. Please send it again in a few "
        "minutes.",
        "zh": "当前排队的问题太多，暂时无法受理您的问题，请过几分钟再发送一次。",
        "ur": "اس وقت بہت سے سوالات قطار میں ہیں، اس لیے آپ کا سوال نہیں لیا جا سکا۔ براہِ کرم چند منٹ بعد دوبارہ بھیجیں۔",
        "ur-Latn": "Is waqt bohat se sawalat qatar mein hain, is liye aap ka sawal nahin liya ja saka. Meharbani kar ke "
        "chand minute baad dobara bhejein.",
    },
    "busy_retry": {
        "en": "Too many questions are arriving at once. Please ask again in {seconds} seconds.",
        "zh": "当前咨询较多，请在 {seconds} 秒后重新提问。",
        "ur": "اس وقت بہت سے سوالات آ رہے ہیں۔ براہِ کرم {seconds} سیکنڈ بعد دوبارہ پوچھیں۔",
        "ur-Latn": "Is waqt bohat se sawalat aa rahe hain. Meharbani kar ke {seconds} second baad dobara poochein.",
    },
    "too_long": {
        "en": "Your message is too long ({length} characters; the limit is {limit}). Please ask one question at a time.",
        "zh": "您的消息太长（{length} 个字符，上限 {limit}）。请一次只问一个问题。",
        "ur": "آپ کا پیغام بہت لمبا ہے ({length} حروف؛ حد {limit})۔ براہِ کرم ایک وقت میں ایک سوال پوچھیں۔",
        "ur-Latn": "Aap ka message bohat lamba hai ({length} huroof; had {limit}). Ek waqt mein ek sawal poochein.",
    },
    "text_only": {
        "en": "I can only read text messages. Please type your question.",
        "zh": "我只能读取文字消息，请用文字输入您的问题。",
        "ur": "میں صرف تحریری پیغامات پڑھ سکتا ہوں۔ براہِ کرم اپنا سوال لکھیں۔",
        "ur-Latn": "Main sirf text messages parh sakta hoon. Apna sawal likh kar bhejein.",
    },
    "not_allowed": {
        "en": "Sorry, only programme staff can do that.",
        "zh": "抱歉，只有项目工作人员可以执行此操作。",
        "ur": "معذرت، یہ صرف پروگرام کا عملہ کر سکتا ہے۔",
        "ur-Latn": "Maazrat, yeh sirf program staff kar sakta hai.",
    },
    "apology": {
        "en": "Sorry, something went wrong while answering. Please try again in a moment.",
        "zh": "抱歉，回答时出现了问题，请稍后再试。",
        "ur": "معذرت، جواب دیتے ہوئے کوئی مسئلہ پیش آیا۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔",
        "ur-Latn": "Maazrat, jawab dete hue koi masla hua. Thori der baad dobara koshish karein.",
    },
}


def phrase(key: str, lang: str, **values: object) -> str:
    entry = PHRASES[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text
