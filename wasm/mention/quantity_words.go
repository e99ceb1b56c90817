package mention

import "parallax/wasm/lexicon"

// The word lists behind FindQuantities. Keys are lower case; lookups go through
// lexicon.LookupFold, which lowers a word on the stack so that reading them costs no
// allocation.

// numberWords are the cardinal numbers written as words.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// multipliers scale the number before them: "21 billion", "£18bn", "35m".
var multipliers = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6,
	"m": 1e6, "mil": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "dozen": 12,
}

// vagueAmounts are plural round numbers ("hundreds of", "thousands of"): the value is
// the lower bound of the order of magnitude, the upper bound the next one.
var vagueAmounts = map[string]float64{
	"dozens": 12, "tens": 10, "scores": 20, "hundreds": 1e2, "thousands": 1e3,
	"millions": 1e6, "billions": 1e9, "trillions": 1e12,
}

// hedges qualify the number that follows them. Each is a sequence of lower-case words.
var hedges = [][]string{
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"at", "most"},
	{"up", "to"}, {"as", "many", "as"}, {"as", "much", "as"}, {"as", "few", "as"},
	{"close", "to"}, {"upwards", "of"}, {"in", "excess", "of"}, {"just", "over"},
	{"just", "under"}, {"well", "over"}, {"nearly"}, {"almost"}, {"roughly"}, {"about"},
	{"around"}, {"approximately"}, {"approx"}, {"some"}, {"over"}, {"under"}, {"an", "estimated"},
	{"between"}, {"exactly"}, {"below"}, {"above"}, {"circa"},
}

// currencySymbols are written before the amount; a prefix word may narrow "$".
var currencySymbols = map[string]string{
	"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
	"₪": "ILS", "₴": "UAH", "₺": "TRY", "₦": "NGN", "฿": "THB",
}

// dollarPrefixes narrow "$": "US$", "A$", "HK$".
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD",
	"hk": "HKD", "nz": "NZD", "s": "SGD", "r": "BRL", "nt": "TWD", "mx": "MXN",
}

// currencyCodes are ISO 4217 codes and common abbreviations, before or after the amount.
var currencyCodes = map[string]string{
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
	"aud": "AUD", "cad": "CAD", "chf": "CHF", "inr": "INR", "rub": "RUB", "uah": "UAH",
	"hkd": "HKD", "nzd": "NZD", "sgd": "SGD", "krw": "KRW", "sek": "SEK", "nok": "NOK",
	"dkk": "DKK", "pln": "PLN", "brl": "BRL", "mxn": "MXN", "zar": "ZAR", "try": "TRY",
	"myr": "MYR", "ils": "ILS", "rs": "INR", "yen": "JPY", "nis": "ILS", "rm": "MYR",
}

// currencyWords name a currency after the amount: "100 dollars", "50 euros".
var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
	"pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
	"rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
	"rubles": "RUB", "ringgit": "MYR", "shekel": "ILS", "shekels": "ILS", "franc": "CHF",
	"francs": "CHF", "won": "KRW", "hryvnia": "UAH", "hryvnias": "UAH", "rand": "ZAR",
	"peso": "MXN", "pesos": "MXN", "krona": "SEK", "kronor": "SEK", "zloty": "PLN",
	"lira": "TRY", "real": "BRL", "reais": "BRL", "baht": "THB", "naira": "NGN",
}

// dollarNations narrow "dollars" after the amount: "50 Australian dollars".
var dollarNations = map[string]string{
	"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
	"singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD", "zealand": "NZD", "kong": "HKD",
}

// subunits are hundredths of a currency: "84 cents" is 0.84 dollars.
var subunits = map[string]string{
	"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "p": "GBP",
	"kopecks": "RUB", "paise": "INR", "sen": "MYR",
}

// timeUnits are the units of a duration, by their canonical singular name.
var timeUnits = map[string]string{
	"second": "second", "seconds": "second", "secs": "second", "minute": "minute",
	"minutes": "minute", "mins": "minute", "min": "minute", "hour": "hour", "hours": "hour",
	"hrs": "hour", "hr": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
	"fortnight": "fortnight", "month": "month", "months": "month", "year": "year",
	"years": "year", "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade",
	"century": "century", "centuries": "century", "night": "night", "nights": "night",
}

// measureUnits are other units of measurement, by canonical singular name.
var measureUnits = map[string]string{
	"km": "kilometre", "kms": "kilometre", "kilometre": "kilometre", "kilometres": "kilometre",
	"kilometer": "kilometre", "kilometers": "kilometre", "metre": "metre", "metres": "metre",
	"meter": "metre", "meters": "metre", "cm": "centimetre", "centimetre": "centimetre",
	"centimetres": "centimetre", "centimeter": "centimetre", "centimeters": "centimetre",
	"mm": "millimetre", "millimetre": "millimetre", "millimetres": "millimetre",
	"millimeter": "millimetre", "millimeters": "millimetre", "mile": "mile", "miles": "mile",
	"ft": "foot", "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch",
	"yard": "yard", "yards": "yard", "yd": "yard", "yds": "yard", "kg": "kilogram",
	"kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram", "kilogram": "kilogram",
	"kilograms": "kilogram", "gram": "gram", "grams": "gram", "g": "gram", "mg": "milligram",
	"lb": "pound-mass", "lbs": "pound-mass", "tonne": "tonne", "tonnes": "tonne",
	"ton": "ton", "tons": "ton", "litre": "litre", "litres": "litre", "liter": "litre",
	"liters": "litre", "ml": "millilitre", "millilitres": "millilitre",
	"milliliters": "millilitre", "gallon": "gallon", "gallons": "gallon", "mph": "mile per hour",
	"kph": "kilometre per hour", "km/h": "kilometre per hour", "acre": "acre", "acres": "acre",
	"hectare": "hectare", "hectares": "hectare", "degree": "degree", "degrees": "degree",
	"celsius": "celsius", "fahrenheit": "fahrenheit", "watt": "watt", "watts": "watt",
	"kw": "kilowatt", "kilowatt": "kilowatt", "kilowatts": "kilowatt", "mw": "megawatt",
	"megawatt": "megawatt", "megawatts": "megawatt", "gw": "gigawatt", "gigawatt": "gigawatt",
	"gigawatts": "gigawatt", "kwh": "kilowatt hour", "mwh": "megawatt hour",
	"gwh": "gigawatt hour", "volt": "volt", "volts": "volt", "hz": "hertz", "hertz": "hertz",
	"mhz": "megahertz", "ghz": "gigahertz", "gb": "gigabyte", "gigabyte": "gigabyte",
	"gigabytes": "gigabyte", "tb": "terabyte", "terabyte": "terabyte", "terabytes": "terabyte",
	"mb": "megabyte", "megabytes": "megabyte", "mah": "milliampere-hour", "hp": "horsepower",
	"horsepower": "horsepower", "bhp": "brake horsepower", "rpm": "revolutions per minute",
	"barrel": "barrel", "barrels": "barrel", "bpd": "barrel per day", "ppm": "parts-per-million",
	"ppb": "parts-per-billion", "megapixel": "megapixel", "megapixels": "megapixel",
	"calorie": "calorie", "calories": "calorie", "kcal": "kilocalorie", "knot": "knot",
	"knots": "knot", "sq": "square", "square": "square", "cubic": "cubic", "m": "metre",
	"sqm": "square metre", "m2": "square metre", "km2": "square kilometre",
	"mbps": "megabit per second", "gbps": "gigabit per second", "khz": "kilohertz",
	"nanometre": "nanometre", "nanometres": "nanometre", "nanometer": "nanometre",
	"nanometers": "nanometre", "μm": "micrometre", "µm": "micrometre",
	"micrometre": "micrometre", "micrometres": "micrometre", "mpa": "megapascal",
	"ksi": "kilopound per square inch", "lb-ft": "pound-foot", "pound-feet": "pound-foot", "mpg": "mile per gallon",
	"km/hr": "kilometre per hour", "gigatonne": "gigatonne", "gigatonnes": "gigatonne",
	"megatonne": "megatonne", "megatonnes": "megatonne", "ounce": "ounce", "ounces": "ounce",
	"oz": "ounce", "ppg": "point per game",
	"rpg": "rebound per game", "apg": "assist per game",
}

// rateNouns may follow "a" in a rate: "$52 a barrel", "$6 a share".
var rateNouns = map[string]bool{
	"barrel": true, "share": true, "gallon": true, "litre": true, "liter": true, "gram": true,
	"ounce": true, "tonne": true, "ton": true, "head": true, "person": true, "piece": true,
	"unit": true, "kilo": true, "pound": true, "ticket": true, "seat": true, "pop": true,
}

// nationalCurrencies narrow a currency word after a nationality: "Chinese yuan",
// "Danish crowns", "Australian dollars".
var nationalCurrencies = map[string]map[string]string{
	"dollar": dollarNations,
	"crown":  {"danish": "DKK", "swedish": "SEK", "norwegian": "NOK", "czech": "CZK"},
}

// crownWords name the Scandinavian and Czech crowns.
var crownWords = map[string]bool{
	"crown": true, "crowns": true, "krone": true, "kroner": true, "krona": true, "kronor": true,
}

// irregularPlurals are plural nouns that do not end in "s".
var irregularPlurals = map[string]string{
	"people": "people", "children": "child", "men": "man", "women": "woman",
	"police": "police", "staff": "staff", "personnel": "personnel", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "cattle": "cattle", "sheep": "sheep",
	"fish": "fish", "aircraft": "aircraft", "crew": "crew", "livestock": "livestock",
	"troops": "troop", "data": "data", "media": "media", "criteria": "criterion",
}

// functionWords never name what a number counts.
var functionWords = lexicon.Words("uncounted")

// determiners may stand between "of" and what a number counts: "35m of its devices".
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "your": true, "my": true, "these": true, "those": true, "this": true, "that": true,
}

// notCounted are frequent words after a number that are not what it counts.
var notCounted = map[string]bool{
	"percent": true, "per": true, "times": true, "a.m": true, "p.m": true, "am": true,
	"pm": true, "ago": true, "apiece": true, "each": true, "and": true, "or": true,
}
