"""Every fixed phrase the engine says, per reply language (en, zh, ur, ur-Latn)."""

from __future__ import annotations

import re

CATALOGUE: dict[str, dict[str, str]] = {
    "greeting": {
        "en": "Hello! I answer questions about the Outsourcing ICT Talent from Pakistan programme: how it works, "
        "registration, events, and which companies in the directory fit your needs.",
        "zh": "您好！我可以回答“巴基斯坦ICT人才外包”项目的问题：项目流程、注册、活动安排，以及名录中哪些公司符合您的需求。",
        "ur": 'السلام علیکم! میں "Outsourcing ICT Talent from Pakistan" پروگرام کے بارے میں سوالات کے جواب دیتا ہوں: '
        "طریقہ کار، رجسٹریشن، تقریبات، اور ڈائریکٹری میں کون سی کمپنیاں آپ کی ضرورت پوری کرتی ہیں۔",
        "ur-Latn": "Assalam o alaikum! Main Outsourcing ICT Talent from Pakistan program ke baare mein sawalon ke "
        "jawab deta hoon: registration, events, aur directory mein kaun si companies aap ke kaam ki hain.",
    },
    "thanks": {
        "en": "You're welcome! Ask me anything else about the programme.",
        "zh": "不客气！如有其他关于项目的问题，欢迎随时提问。",
        "ur": "آپ کا شکریہ! پروگرام کے بارے میں کوئی اور سوال ہو تو ضرور پوچھیں۔",
        "ur-Latn": "Koi baat nahi! Program ke baare mein aur kuch poochna ho to zaroor poochein.",
    },
    "help": {
        "en": "Ask in English, Chinese or Urdu, for example:\n- How do we register as a provider?\n"
        "- Which Lahore companies do mobile app development?\n- When is the next matchmaking day?",
        "zh": "可以用中文、英文或乌尔都语提问，例如：\n- 中方企业需要付费吗？\n- 伊斯兰堡有哪些做人工智能的公司？\n- 下一次对接活动是什么时候？",
        "ur": "اردو، انگریزی یا چینی میں پوچھیں، مثلاً:\n- رجسٹریشن کیسے ہوتی ہے؟\n- کراچی میں کون سی کمپنیاں کال سینٹر کا کام کرتی ہیں؟\n"
        "- اگلی میچ میکنگ تقریب کب ہے؟",
        "ur-Latn": "English, Urdu ya Roman Urdu mein poochein, maslan:\n- Registration kaise hoti hai?\n"
        "- Lahore mein mobile app banane wali companies konsi hain?\n- Agla event kab hai?",
    },
    "abstain": {
        "en": "I could not find this in the programme's documents or directory, so I would rather not guess.",
        "zh": "抱歉，项目资料和公司名录中没有找到这个问题的答案，我不想随意猜测。",
        "ur": "معذرت، یہ معلومات پروگرام کی دستاویزات یا ڈائریکٹری میں موجود نہیں، اس لیے میں اندازہ نہیں لگاؤں گا۔",
        "ur-Latn": "Maazrat, yeh maloomat program ke documents ya directory mein nahi mili, is liye main andaza "
        "nahi lagaunga.",
    },
    "staff": {
        "en": "Programme staff can help: {contact}",
        "zh": "请联系项目工作人员：{contact}",
        "ur": "پروگرام کا عملہ مدد کر سکتا ہے: {contact}",
        "ur-Latn": "Program staff se rabta karein: {contact}",
    },
    "from_staff": {
        "en": "Programme staff answered this question:",
        "zh": "项目工作人员对此问题的答复：",
        "ur": "اس سوال کا جواب پروگرام کے عملے نے دیا ہے:",
        "ur-Latn": "Is sawal ka jawab program staff ne diya hai:",
    },
    "staff_source": {
        "en": "programme staff",
        "zh": "项目工作人员",
        "ur": "پروگرام کا عملہ",
        "ur-Latn": "program staff",
    },
    "sources": {"en": "Sources", "zh": "来源", "ur": "حوالہ جات", "ur-Latn": "Sources"},
    "from_documents": {
        "en": "From the programme documents:",
        "zh": "根据项目资料：",
        "ur": "پروگرام کی دستاویزات کے مطابق:",
        "ur-Latn": "Program documents ke mutabiq:",
    },
    "worked_share": {
        "en": "Worked out from [{n}] (before any cap or condition the documents set): {sum}",
        "zh": "按 [{n}] 计算（未计入资料中的上限或其他条件）：{sum}",
        "ur": "[{n}] سے حساب (دستاویزات میں دی گئی حد یا شرط سے پہلے): {sum}",
        "ur-Latn": "[{n}] se hisaab (documents ki had ya shart se pehle): {sum}",
    },
    "worked_total": {
        "en": "Worked out from [{n}]: {sum}",
        "zh": "按 [{n}] 计算：{sum}",
        "ur": "[{n}] سے حساب: {sum}",
        "ur-Latn": "[{n}] se hisaab: {sum}",
    },
    "day_after": {"en": "(the next day)", "zh": "（次日）", "ur": "(اگلے دن)", "ur-Latn": "(agle din)"},
    "day_before": {"en": "(the day before)", "zh": "（前一天）", "ur": "(ایک دن پہلے)", "ur-Latn": "(ek din pehle)"},
    "worked_cap": {
        "en": "; the maximum it states is {cap}",
        "zh": "；其上限为 {cap}",
        "ur": "؛ اس میں دی گئی زیادہ سے زیادہ حد {cap} ہے",
        "ur-Latn": "; is mein di gayi zyada se zyada had {cap} hai",
    },
    "corrected": {
        "en": "Corrected by a later notice: {text}",
        "zh": "后续通知已更正：{text}",
        "ur": "بعد کے نوٹس میں تصحیح: {text}",
        "ur-Latn": "Baad ke notice mein tasheeh: {text}",
    },
    "updated": {
        "en": "Updated in the same document: {text}",
        "zh": "同一文件中已更新：{text}",
        "ur": "اسی دستاویز میں بعد کی تبدیلی: {text}",
        "ur-Latn": "Isi document mein baad ki tabdeeli: {text}",
    },
    "companies_found": {
        "en": "Companies in the directory that match ({count}):",
        "zh": "名录中有 {count} 家公司符合条件：",
        "ur": "ڈائریکٹری میں {count} کمپنیاں اس معیار پر پوری اترتی ہیں:",
        "ur-Latn": "Directory mein match karne wali companies ({count}):",
    },
    "nothing_more": {
        "en": "There is nothing more to add. Please ask your next question.",
        "zh": "暂时没有更多内容。请直接输入您的下一个问题。",
        "ur": "اس کے بارے میں مزید کچھ نہیں۔ اپنا اگلا سوال پوچھیں۔",
        "ur-Latn": "Is ke baare mein mazeed kuch nahi. Apna agla sawal poochein.",
    },
    "filtered_on": {
        "en": "Filtered on: {conditions}",
        "zh": "筛选条件：{conditions}",
        "ur": "فلٹر: {conditions}",
        "ur-Latn": "Filter: {conditions}",
    },
    "companies_more": {
        "en": "…and {count} more.",
        "zh": "……另有 {count} 家。",
        "ur": "…اور {count} مزید۔",
        "ur-Latn": "…aur {count} mazeed.",
    },
    "companies_none": {
        "en": "No company in the directory matches all of that.",
        "zh": "名录中没有完全符合所有条件的公司。",
        "ur": "ڈائریکٹری میں کوئی کمپنی ان تمام شرائط پر پوری نہیں اترتی۔",
        "ur-Latn": "Directory mein koi company in sab sharait par poori nahi utarti.",
    },
    "companies_closest": {
        "en": "Closest alternatives (they do NOT meet every condition):",
        "zh": "最接近的备选（并不满足全部条件）：",
        "ur": "قریب ترین متبادل (یہ تمام شرائط پوری نہیں کرتیں):",
        "ur-Latn": "Qareeb tareen mutabadil (yeh sab sharait poori NAHI karti):",
    },
    "companies_maybe": {
        "en": "Companies in the directory that may fit:",
        "zh": "名录中可能符合的公司：",
        "ur": "ڈائریکٹری کی وہ کمپنیاں جو شاید موزوں ہوں:",
        "ur-Latn": "Directory ki companies jo shayad munasib hon:",
    },
    "company_fact_missing": {
        "en": "The directory holds only company profiles (services, size, certifications, contact), not this. "
        "Ask the company directly:",
        "zh": "公司名录只收录公司概况（服务、规模、认证、联系方式），没有这项信息，请直接联系该公司：",
        "ur": "ڈائریکٹری میں صرف کمپنی کا تعارف (خدمات، حجم، سرٹیفکیشن، رابطہ) ہے، یہ معلومات نہیں۔ براہِ راست کمپنی سے رابطہ کریں:",
        "ur-Latn": "Directory mein sirf company ka taaruf (services, size, certifications, contact) hai, yeh maloomat "
        "nahi. Company se seedha rabta karein:",
    },
    "not_yet_set": {
        "en": "The programme's documents give this as not decided yet:",
        "zh": "项目资料中此项尚未确定：",
        "ur": "پروگرام کی دستاویزات کے مطابق یہ ابھی طے نہیں ہوا:",
        "ur-Latn": "Program ke documents ke mutabiq yeh abhi tay nahi hua:",
    },
    "compose_declined": {
        "en": "I answer questions from the programme's documents and company directory; I do not write or "
        "translate texts.",
        "zh": "我只根据项目资料和公司名录回答问题，不代写或翻译文字。",
        "ur": "میں صرف پروگرام کی دستاویزات اور کمپنی ڈائریکٹری سے سوالوں کے جواب دیتا ہوں، تحریر لکھنا یا ترجمہ کرنا میرا کام نہیں۔",
        "ur-Latn": "Main sirf program ke documents aur company directory se sawalon ke jawab deta hoon; likhna ya "
        "tarjuma karna mera kaam nahi.",
    },
    "employees": {"en": "staff", "zh": "员工", "ur": "ملازمین", "ur-Latn": "staff"},
    "llm_unavailable": {
        "en": "(answered from the documents directly)",
        "zh": "（直接摘自项目资料）",
        "ur": "(براہِ راست دستاویزات سے)",
        "ur-Latn": "(seedha documents se)",
    },
}

SMALLTALK: dict[str, list[str]] = {
    "greeting": [
        r"^(hi|hello|hey|salam|salaam|assalam[ou]?\s*alaikum|aoa|good\s+(morning|afternoon|evening))\b[\s!.,]*$",
        r"^(你好|您好|嗨|哈喽|早上好|下午好|晚上好)[\s!！。,，]*$",
        r"^(السلام\s*علیکم|سلام|ہیلو|آداب)[\s!۔،]*$",
    ],
    "thanks": [
        r"^(thanks?|thank\s+you|thx|ty|shukriya|shukria|meherbani|jazakallah)\b.{0,20}$",
        r"^(谢谢|多谢|感谢|谢啦).{0,6}$",
        r"^(شکریہ|مہربانی|جزاک\s*اللہ).{0,10}$",
    ],
    "more": [
        r"^(more|tell\s+me\s+more|more\s+details?|details|go\s+on)[\s.!?]*$",
        r"^(更多|详细|详细一点|详细说说|继续)[\s。！？?]*$",
        r"^(مزید|اور\s*بتائیں|تفصیل)[\s۔؟?]*$",
        r"^(aur|aur\s+batao|aur\s+bataen|mazeed|tafseel)[\s.!?]*$",
    ],
    "help": [
        r"^/?(help|menu|start|\?|what\s+can\s+you\s+do\??)$",
        r"^(帮助|菜单|你能做什么|你可以做什么)[？?]*$",
        r"^(مدد|ہیلپ)[؟?]*$",
    ],
}


def smalltalk_kind(text: str) -> str | None:
    cleaned = text.strip()
    for kind, patterns in SMALLTALK.items():
        if any(re.match(p, cleaned, re.IGNORECASE) for p in patterns):
            return kind
    return None


def say(key: str, lang: str, **values: object) -> str:
    entry = CATALOGUE[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text
