// Texts for near-copy tests, written for them: a wire story, the same story as another outlet runs
// it (a byline added, one paragraph rewritten, the last one cut), and another article on the same
// event written apart (same names, places and facts, other sentences).

const wire = [
  "Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on Friday, deepening military and economic ties between two countries under heavy Western sanctions.",
  "The agreement was signed by Russian President Vladimir Putin and Iranian President Masoud Pezeshkian after talks in the Kremlin that lasted several hours, officials from both sides said.",
  "The treaty commits the two governments to expand cooperation on security, intelligence and defence industry, and to hold regular consultations on threats facing either country.",
  "Unlike the pact Moscow signed with North Korea last year, the document does not contain a mutual defence clause obliging either side to come to the aid of the other if attacked.",
  "Iranian officials have said the agreement would help both countries resist what they describe as unilateral economic pressure from the United States and its European allies.",
  "Trade between Russia and Iran has grown since 2022, and the two governments are building a rail corridor that would link Russian ports on the Caspian Sea with the Gulf.",
  "Analysts in Moscow said the treaty was largely symbolic but showed that the Kremlin was determined to keep close partners in the Middle East despite the war in Ukraine.",
  "Western governments have accused Tehran of supplying drones and short-range missiles to Russian forces, an allegation Iranian officials have repeatedly rejected as baseless.",
  "Putin told reporters the two leaders had also discussed a planned gas pipeline across Azerbaijan and payment systems that would let banks settle trade in roubles and rials.",
  "Pezeshkian is expected to return to Tehran on Saturday after meeting members of the Iranian community in Moscow and visiting a university in the Russian capital.",
];

export const WIRE_TEXT = wire.join("\n\n");

export const NEAR_COPY_TEXT = [
  "By Maria Ivanova, Wire Services",
  ...wire.slice(0, 3),
  "The new document, unlike the treaty with Pyongyang agreed in June, has no clause that requires the parties to defend each other militarily, according to a text published by the Kremlin.",
  ...wire.slice(4, 9),
].join("\n\n");

export const SAME_TOPIC_TEXT = [
  "Vladimir Putin and Masoud Pezeshkian put their names to a long-awaited partnership agreement at the Kremlin on Friday, a day after the Iranian leader arrived in the Russian capital.",
  "The document, which runs to dozens of articles, covers energy, transport, finance and security, but stops short of the formal alliance some in Tehran had hoped for.",
  "Speaking to reporters after the ceremony, Putin called Iran a friendly nation and said bilateral trade had risen by double digits despite sanctions imposed by Washington and Brussels.",
  "Pezeshkian said the partnership was not directed against any third country and that Iran sought peace and stability in its region, including in the South Caucasus.",
  "Western diplomats have accused Tehran of supplying drones and missiles to Moscow for use in Ukraine, claims that Iranian officials have repeatedly denied.",
  "The two leaders also discussed a planned gas pipeline through Azerbaijan and the payment systems that would let their banks settle trade in roubles and rials.",
].join("\n\n");
