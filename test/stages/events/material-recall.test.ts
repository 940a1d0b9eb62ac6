// Material acts in general forms news reports them in (data/events.json: compound strike nouns,
// raising tariffs, removing troops, furnishing arms, closing the press, putting under investigation; an act a threat names): each family with sentences where the words
// stand in another sense and must not fire.
import { extract, senseTable } from "../../helpers.js";

function coded(text: string) {
  const rec = extract(text, "2024-03-01");
  const code = (id: string) => { const a = rec.actors.find((x) => x.id === id); return a?.code ?? a?.country ?? id; };
  return rec.events.map((e) => `${e.type} ${e.source.map(code).join("+")}>${e.target.map(code).join("+")}`);
}

const fires: [string, string][] = [
  // a strike its compound modifier makes a labour or hunger strike is a protest, not an air strike
  ["Greek workers held a general strike against the government's austerity measures.", "PROTEST GRC>GRC"],
  ["A 24-hour strike by Belgian public employees against the government disrupted transport.", "PROTEST BEL>BEL"],
  // raising a tariff on a state's goods is a sanction against that state
  ["The United States raised tariffs on Chinese goods.", "SANCTION USA>CHN"],
  ["The European Community could increase duties on Japanese electronics.", "SANCTION EU>JPN"],
  ["Washington doubled tariffs on Turkish steel.", "SANCTION USA>TUR"],
  // removing one's troops from a state is a withdrawal
  ["The United States will remove thousands of its troops from Germany.", "RETREAT USA>DEU"],
  // furnishing arms or aid is aid, whichever way the recipient is named
  ["Iran has furnished Russia with attack drones.", "AID IRN>RUS"],
  ["North Korea furnished artillery shells to Russia.", "AID PRK>RUS"],
  // closing or ordering a state's own press is censorship of it (CAMEO 1721), a foreign one's too
  ["The Turkish government closed the opposition newspaper Zaman.", "COERCE TUR>TUR"],
  ["Nicaragua's government ordered the opposition newspaper La Prensa to suspend publication.", "COERCE NIC>NIC"],
  ["China ordered the American newspaper to close its Beijing bureau.", "COERCE CHN>USA"],
  // putting someone under investigation accuses them (investigate is ACCUSE), under sanctions sanctions them
  ["A French judge put the former Gabonese minister under investigation.", "ACCUSE FRA>GAB"],
  ["The former Gabonese minister was placed under investigation by French judges.", "ACCUSE FRA>GAB"],
  ["The United States placed three Russian banks under sanctions.", "SANCTION USA>RUS"],
  // an act a threat names is threatened, not done; a threat carried out is the act
  ["Washington renewed its threat to raise tariffs on Chinese imports.", "THREATEN USA>CHN"],
  ["Erdogan doubled down on his threat to veto Finland's application.", "THREATEN TUR>FIN"],
  ["China carried out its threat to impose sanctions on Lithuania.", "SANCTION CHN>LTU"],
  // a campaign its modifier makes military is force: its owner the doer, the state it is against or in the target
  ["Russia's bombing campaign in Syria has killed hundreds of civilians.", "ASSAULT RUS>SYR"],
  ["Turkey stepped up its air campaign against Armenia.", "ASSAULT TUR>ARM"],
  ["The military campaign by Ethiopia against Eritrea lasted two years.", "ASSAULT ETH>ERI"],
  // an act named as the means of a response is the responder's
  ["Pakistan retaliated with air strikes on India.", "ASSAULT PAK>IND"],
  ["Hezbollah hit back with rocket attacks on Israel.", "ASSAULT LBN>ISR"],
  ["Russia's army responded to the incursion with heavy shelling of Ukraine.", "ASSAULT RUS>UKR"],
  ["Beijing answered the tariffs with sanctions on Lithuania.", "SANCTION CHN>LTU"],
];

const silent: [string, string][] = [
  // military strikes keep their sense
  ["Russia launched a missile strike on Ukraine.", "PROTEST"],
  ["Israel carried out a pre-emptive strike against Iran.", "PROTEST"],
  ["Greek workers held a general strike against the government's austerity measures.", "ASSAULT"],
  ["Palestinian prisoners began a hunger strike against Israel.", "ASSAULT"],
  // a tariff raised on no one's goods, or questions raised about tariffs
  ["The move raised questions about tariffs on Chinese goods.", "SANCTION"],
  ["Japan raised the issue of tariffs on American cars.", "SANCTION"],
  ["Germany increased taxes on Russian gas.", "SANCTION"],
  // removing other things than troops
  ["Ukraine removed its ambassador from Hungary.", "RETREAT"],
  ["Ukrainian forces removed Russian troops from the city.", "RETREAT"],
  ["Ukraine withdrew Russian prisoners from the front.", "RETREAT"],
  // furnishing a room or a reply is no aid
  ["Germany furnished the new embassy in Kenya.", "AID"],
  ["France furnished no details to Italy.", "AID"],
  // a deal or a purchase is no closure of the press
  ["Rupert Murdoch closed the newspaper deal with the Chinese investors.", "COERCE"],
  ["The Russian embassy ordered newspaper subscriptions from Germany.", "COERCE"],
  ["The shops closed early in Moscow.", "COERCE"],
  // an investigation or sanctions as the thing put somewhere
  ["Congress put the investigation into Russian meddling on hold.", "ACCUSE"],
  ["The EU put the sanctions against Russia on hold.", "SANCTION EU>RUS"],
  ["Washington renewed its threat to raise tariffs on Chinese imports.", "SANCTION"],
  ["China carried out its threat to impose sanctions on Lithuania.", "THREATEN"],
  // a campaign of words, votes or aid is no force
  ["Russia's disinformation campaign in Germany has intensified.", "ASSAULT"],
  ["Obama's election campaign in Ohio raised millions.", "ASSAULT"],
  ["Britain's aid campaign in Sudan reached thousands.", "ASSAULT"],
  ["France launched a vaccination campaign in Mali.", "ASSAULT"],
  // a response in words or feelings, or a blow received, names no act of the responder's
  ["Turkey reacted with anger to the attacks on Syria.", "ASSAULT TUR"],
  ["Egypt responded with a statement about the attacks on Syria.", "ASSAULT EGY"],
  ["Venezuela was hit with new strikes on Monday.", "ASSAULT VEN"],
  ["Japan met with strikes by its own dock workers.", "ASSAULT JPN"],
  // "the threat to Ukraine" names who is threatened, no act
  ["Britain warned of the threat to Ukraine from Russian troops.", "THREATEN GBR>UKR"],
];

senseTable("events: material recall families", fires, silent, coded);
