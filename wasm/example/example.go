// Package example holds the story behind the app's "Try an example" button: three
// short articles about one invented event, written for Parallax, with deliberate
// differences between them (a day, a count, a quote's wording and speaker, a figure
// only one of them carries) so that every kind of finding shows up.
package example

// An Article is one source of the example story.
type Article struct {
	Name string
	Text string
}

// Story returns the three articles of the example story. The town, the people and
// the events are invented.
func Story() []Article {
	return []Article{
		{Name: "Harbour Gazette", Text: gazette},
		{Name: "Valley Courier", Text: courier},
		{Name: "Northern Wire", Text: wire},
	}
}

const gazette = `Fire Guts Tower Block in Port Alder
A fire swept through a 22-storey tower block in Port Alder on Tuesday night, killing at least nine people, fire officials said.
Fire Chief Marta Ellison said crews fought the blaze for more than six hours. "This was the hardest night of my career. We got most people out, but not everyone," Ellison told reporters on Wednesday.
Mayor Tobias Renner visited the site on Wednesday morning and promised a full inquiry. "Every family deserves answers," Renner said.
The Alder Housing Trust, which owns the building, said it had fitted new fire doors in 2023.
The city council has pledged £2 million (about $2.5 million) to rehouse 140 residents.`

const courier = `Nine dead as fire rips through Port Alder tower
At least nine people died when fire tore through a 24-storey tower block in Port Alder late on Tuesday.
"This was the hardest night of my life. We got most people out, but not everyone," said Mayor Tobias Renner, who visited the scene on Wednesday.
Firefighters battled the flames for six and a half hours, according to Fire Chief Marta Ellison.
The council promised £2m to rehouse the 140 residents, and residents' groups said they had warned the Alder Housing Trust about blocked stairwells in 2024.
Police have not ruled out arson.`

const wire = `PORT ALDER — Fire kills 11 in Port Alder tower block
Eleven people were killed in a fire at a 22-storey residential tower in Port Alder on Monday night, officials said on Thursday, raising the toll from nine.
Fire Chief Marta Elisson said the fire burned for more than six hours. "We got most people out, but not everyone," she said.
Mayor Tobias Renner said the city would pay $2.5 million to rehouse 140 residents. "Every family deserves answers, and they will get them," he said.
The Alder Housing Trust declined to comment.`
