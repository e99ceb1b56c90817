package compare

// countryOf maps the name keys of cities that news about diplomacy and war often
// names to the key of their country, so that "Moscow" and "Russia" agree while
// "Moscow" and "St. Petersburg" do not. It is built from cities below.
var countryOf = map[string]string{}

// countries holds the keys of the countries in cities, and of the aliases' targets.
var countries = map[string]bool{}

var cities = map[string][]string{
	"Russia":               {"Moscow", "St Petersburg", "Sochi", "Kursk", "Belgorod", "Kazan", "Rostov-on-Don", "Novosibirsk", "Vladivostok", "Kaliningrad"},
	"Ukraine":              {"Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Kherson", "Sumy", "Donetsk", "Luhansk", "Mariupol", "Bakhmut", "Poltava", "Chernihiv"},
	"Belgium":              {"Brussels", "Antwerp"},
	"United States":        {"Washington", "New York", "Los Angeles", "Chicago", "Miami", "Palm Beach", "Mar-a-Lago"},
	"United Kingdom":       {"London", "Edinburgh", "Manchester", "Birmingham"},
	"France":               {"Paris", "Marseille", "Lyon"},
	"Germany":              {"Berlin", "Munich", "Ramstein", "Frankfurt", "Hamburg"},
	"Saudi Arabia":         {"Riyadh", "Jeddah"},
	"Turkey":               {"Istanbul", "Ankara"},
	"Switzerland":          {"Geneva", "Davos", "Zurich", "Bern"},
	"Oman":                 {"Muscat"},
	"Qatar":                {"Doha"},
	"United Arab Emirates": {"Abu Dhabi", "Dubai"},
	"Israel":               {"Jerusalem", "Tel Aviv"},
	"China":                {"Beijing", "Shanghai"},
	"Japan":                {"Tokyo"},
	"Canada":               {"Ottawa", "Toronto", "Quebec", "Montreal"},
	"Italy":                {"Rome", "Milan"},
	"Vatican City":         {"Vatican"},
	"Poland":               {"Warsaw", "Rzeszow", "Krakow"},
	"Hungary":              {"Budapest"},
	"Finland":              {"Helsinki"},
	"Belarus":              {"Minsk"},
	"Austria":              {"Vienna"},
	"Netherlands":          {"The Hague", "Amsterdam"},
	"Egypt":                {"Cairo"},
	"India":                {"New Delhi", "Delhi", "Mumbai"},
	"Spain":                {"Madrid", "Barcelona"},
	"Norway":               {"Oslo"},
	"Sweden":               {"Stockholm"},
	"Denmark":              {"Copenhagen"},
	"Iran":                 {"Tehran"},
	"Syria":                {"Damascus"},
	"Lebanon":              {"Beirut"},
	"Iraq":                 {"Baghdad"},
	"Afghanistan":          {"Kabul"},
	"Pakistan":             {"Islamabad", "Karachi"},
	"Lithuania":            {"Vilnius"},
	"Latvia":               {"Riga"},
	"Estonia":              {"Tallinn"},
	"Moldova":              {"Chisinau"},
	"Georgia":              {"Tbilisi"},
	"Serbia":               {"Belgrade"},
	"Greece":               {"Athens"},
	"Portugal":             {"Lisbon"},
	"Ireland":              {"Dublin"},
	"Czech Republic":       {"Prague"},
	"Romania":              {"Bucharest"},
	"Bulgaria":             {"Sofia"},
	"Slovakia":             {"Bratislava"},
	"Kazakhstan":           {"Astana", "Almaty"},
	"Azerbaijan":           {"Baku"},
	"Armenia":              {"Yerevan"},
	"South Korea":          {"Seoul"},
	"North Korea":          {"Pyongyang"},
	"Australia":            {"Canberra", "Sydney", "Melbourne"},
	"Brazil":               {"Brasilia", "Rio de Janeiro", "Sao Paulo"},
	"Mexico":               {"Mexico City"},
	"Argentina":            {"Buenos Aires"},
	"South Africa":         {"Pretoria", "Johannesburg", "Cape Town"},
	"Kenya":                {"Nairobi"},
	"Nigeria":              {"Abuja", "Lagos"},
	"Ethiopia":             {"Addis Ababa"},
	"Jordan":               {"Amman"},
	"Indonesia":            {"Jakarta"},
	"Vietnam":              {"Hanoi"},
	"Thailand":             {"Bangkok"},
	"Philippines":          {"Manila"},
	"Singapore":            {},
	"Taiwan":               {"Taipei"},
}

func init() {
	for country, list := range cities {
		ck := nameKey(country)
		countries[ck] = true
		for _, city := range list {
			countryOf[nameKey(city)] = ck
		}
	}
}

// placeRelation says how two place keys relate.
type placeRelation uint8

const (
	samePlace    placeRelation = iota
	within                     // one lies in the other: "Moscow" and "Russia"
	otherPlace                 // two distinct known places
	unknownPlace               // at least one is not in the table: no judgement
)

// relatePlaces compares two place keys.
func relatePlaces(a, b string) placeRelation {
	switch {
	case a == b:
		return samePlace
	case countryOf[a] == b || countryOf[b] == a:
		return within
	case (countryOf[a] != "" || countries[a]) && (countryOf[b] != "" || countries[b]):
		return otherPlace
	}
	return unknownPlace
}

// isBroader reports whether place key a contains place key b.
func isBroader(a, b string) bool { return countryOf[b] == a }
