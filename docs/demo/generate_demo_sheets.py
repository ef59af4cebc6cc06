#!/usr/bin/env python3
"""Generates portal-ejb/src/main/resources/demo/demo-sheets.json: the demo project sheets that
bin/run loads (never a production configuration). Every sheet is fictitious and says so; bodies are
real municipalities (by INE code) or real GeoNames towns abroad, picked with a fixed seed.

Run from the repository root:  python3 docs/demo/generate_demo_sheets.py  (needs only Python 3)."""
import csv, gzip, io, json, random

random.seed(20261126)
MUN = list(csv.DictReader(open('portal-ejb/src/main/resources/reference/municipis_catalunya.csv', encoding='utf-8')))
TOWNS = list(csv.DictReader(io.TextIOWrapper(gzip.open('portal-ejb/src/main/resources/reference/geonames_towns.csv.gz'), encoding='utf-8')))

BANDS = [(1, 500), (501, 2000), (2001, 5000), (5001, 10000), (10001, 50000), (50001, 10**9)]
COUNTRIES = ['FR', 'IT', 'PT', 'FI', 'EE', 'NL', 'BE', 'DK', 'SE', 'IE', 'AT', 'DE']

# (title, summary, description, value, barriers, benefits, tech_text, technologies, areas, typologies)
A = [
 ("Assistent virtual per a l'atenció ciutadana", "Un xatbot respon les preguntes més freqüents de la ciutadania les 24 hores i deriva a una persona quan cal.",
  "L'ajuntament ha posat en marxa un **assistent virtual** al web municipal que respon preguntes sobre tràmits, horaris i serveis. Quan no sap la resposta, obre una consulta a l'Oficina d'Atenció Ciutadana.",
  "Redueix les trucades repetitives i allibera temps del personal d'atenció.", "Manca de continguts actualitzats; reticència inicial del personal.",
  "Atenció 24 hores; informació homogènia; dades sobre què pregunta la gent.", "Base de coneixement construïda amb el personal de l'OAC i revisada cada mes.",
  ["xatbot", "processament del llenguatge natural", "web municipal"], ["CITIZEN_CARE"], ["SERVICES"]),
 ("Cita prèvia en línia per a tots els serveis", "Una única agenda en línia per demanar cita amb qualsevol servei municipal, amb recordatoris per SMS.",
  "La cita prèvia s'ha unificat en una sola eina per a l'OAC, els serveis socials i l'urbanisme. La ciutadania tria dia i hora i rep un recordatori.",
  "Menys esperes i menys cites perdudes.", "Integració amb les agendes de cada departament.", "Les absències a les cites van baixar notablement.",
  "Programari de cita prèvia de codi obert, integrat amb el gestor d'expedients.", ["cita prèvia", "SMS", "codi obert"], ["CITIZEN_CARE", "SERVICES_FORMALITIES"], ["SERVICES", "PROCESSES"]),
 ("Tramitació electrònica de llicències d'obres", "Les llicències i comunicacions d'obres es tramiten íntegrament en línia, amb seguiment de l'estat de l'expedient.",
  "S'ha redissenyat el procediment de llicències d'obres menors i majors perquè sigui 100% electrònic, des de la sol·licitud fins a la notificació.",
  "Escurça els terminis de resolució i evita desplaçaments.", "Resistència al canvi dels tècnics; formació dels gestors externs.", "Terminis reduïts a la meitat; traçabilitat completa.",
  "Gestor d'expedients, signatura electrònica i notificacions electròniques de l'AOC.", ["gestor d'expedients", "signatura electrònica", "e-NOTUM"], ["SERVICES_FORMALITIES"], ["PROCESSES"]),
 ("Teleassistència avançada per a la gent gran", "Sensors a la llar detecten situacions de risc de les persones grans que viuen soles i avisen els serveis socials.",
  "Un programa pilot instal·la sensors de moviment i de porta a les llars de persones grans que viuen soles. Els patrons anòmals generen un avís.",
  "Permet viure a casa més temps amb seguretat.", "Privacitat i consentiment; cobertura de xarxa en masies disperses.", "Detecció precoç de caigudes i d'aïllament.",
  "Sensors IoT de baix consum i plataforma de teleassistència.", ["IoT", "teleassistència", "LoRaWAN"], ["SOCIAL_SERVICES"], ["SERVICES"]),
 ("Recomanador d'ajuts socials", "Una eina orienta cada família sobre els ajuts socials als quals pot tenir dret a partir d'unes poques preguntes.",
  "Els professionals de serveis socials fan servir un qüestionari guiat que, amb les dades de la família, llista els ajuts municipals, comarcals i autonòmics possibles.",
  "Ningú no es queda sense un ajut per desconeixement.", "Normativa canviant dels ajuts; manteniment de les regles.", "Més sol·licituds d'ajuts per part de qui en té dret.",
  "Motor de regles i formulari guiat.", ["motor de regles", "formularis"], ["SOCIAL_SERVICES", "SERVICES_FORMALITIES"], ["SERVICES", "PROCESSES"]),
 ("Pressupostos participatius digitals", "La ciutadania proposa i vota en línia projectes per a una part del pressupost d'inversions.",
  "Cada any es reserva una part del pressupost d'inversions. Les propostes es recullen i es voten en una plataforma de participació, amb punts presencials per a qui ho necessita.",
  "Més participació, també del jovent.", "Bretxa digital de la gent gran; validació de la identitat.", "La participació es va triplicar respecte a les assemblees presencials.",
  "Plataforma Decidim amb verificació per padró.", ["Decidim", "votació electrònica", "codi obert"], ["PARTICIPATION"], ["SERVICES", "ORGANISATION"]),
 ("Portal de dades obertes municipal", "L'ajuntament publica conjunts de dades en formats reutilitzables: pressupost, contractes, padró agregat i mobilitat.",
  "S'ha creat un portal de dades obertes amb més de cinquanta conjunts de dades, actualitzats automàticament des dels sistemes interns.",
  "Transparència i reutilització per empreses i recerca.", "Qualitat de les dades d'origen; anonimització.", "Menys sol·licituds d'accés a la informació pública.",
  "Portal CKAN i processos d'extracció automàtics.", ["CKAN", "dades obertes", "API"], ["PARTICIPATION", "PLANNING_MANAGEMENT"], ["SERVICES", "PROCESSES"]),
 ("Quadre de comandament per a la presa de decisions", "Un quadre de comandament reuneix els indicadors clau de la gestió municipal per a l'equip de govern.",
  "Indicadors d'ingressos, despeses, temps de tramitació i satisfacció es consulten en un únic tauler actualitzat cada setmana.",
  "Decisions basades en dades.", "Dades disperses en sistemes diferents; definició d'indicadors.", "Reunions de govern més curtes i centrades.",
  "Eina d'intel·ligència de negoci i magatzem de dades.", ["business intelligence", "magatzem de dades"], ["PLANNING_MANAGEMENT"], ["ORGANISATION", "PROCESSES"]),
 ("Predicció de la demanda d'aparcament", "Un model d'aprenentatge automàtic preveu l'ocupació de l'aparcament a partir dels sensors i del calendari d'esdeveniments.",
  "Els sensors de places i les dades històriques alimenten un model que anticipa l'ocupació i orienta els conductors amb panells informatius.",
  "Menys trànsit de recerca d'aparcament.", "Cost dels sensors; manteniment del model.", "Reducció del temps per trobar aparcament.",
  "Sensors de presència, model predictiu i panells de missatge variable.", ["aprenentatge automàtic", "sensors", "mobilitat"], ["PLANNING_MANAGEMENT"], ["SERVICES"]),
 ("Pla de transformació digital de l'ajuntament", "Un pla integral ordena la digitalització de tota l'organització: processos, persones, eines i cultura.",
  "Amb el suport d'un consell comarcal, l'ajuntament va fer una diagnosi, va prioritzar vint actuacions i va crear un equip transversal de seguiment.",
  "Una visió compartida del canvi.", "Poc temps del personal; rotació de càrrecs.", "Projectes alineats i finançament aconseguit.",
  "Metodologia de diagnosi de maduresa digital i gestió de projectes àgil.", ["maduresa digital", "gestió àgil"], ["TRANSFORMATION"], ["ORGANISATION"]),
 ("Teletreball i treball en xarxa del personal", "El personal municipal pot teletreballar amb eines col·laboratives i signatura electrònica.",
  "S'han desplegat ordinadors portàtils, eines de videoconferència i documents compartits, i s'ha aprovat un reglament de teletreball.",
  "Conciliació i continuïtat del servei.", "Ciberseguretat; canvis en la manera de supervisar.", "Menys absentisme i més satisfacció del personal.",
  "Suite col·laborativa, VPN i signatura electrònica al núvol.", ["teletreball", "videoconferència", "VPN"], ["TRANSFORMATION"], ["ORGANISATION"]),
 ("Comunitat de pràctica de secretaris i interventors", "Una comunitat en línia permet als secretaris-interventors de municipis petits compartir models i dubtes.",
  "Els secretaris-interventors de la comarca comparteixen plantilles, criteris i respostes en un espai col·laboratiu moderat pel consell comarcal.",
  "Coneixement compartit entre municipis sense equip tècnic.", "Temps per participar; confiança inicial.", "Models d'expedient comuns i menys errors.",
  "Espai col·laboratiu i videotrobades mensuals.", ["comunitat de pràctica", "col·laboració"], ["TRANSFORMATION", "PLANNING_MANAGEMENT"], ["ORGANISATION"]),
 ("Gestió digital de queixes i suggeriments", "Totes les queixes i suggeriments entren per un únic canal i es responen amb un termini compromès.",
  "Un sistema registra les queixes de qualsevol canal, les assigna al servei responsable i avisa quan s'acosta el termini de resposta.",
  "Cap queixa sense resposta.", "Coordinació entre departaments.", "Temps mitjà de resposta més baix i informes de millora.",
  "Gestor d'incidències amb integració al web i a l'app.", ["gestor d'incidències", "app mòbil"], ["CITIZEN_CARE"], ["PROCESSES"]),
 ("App d'incidències a la via pública", "Els veïns comuniquen incidències a la via pública amb una foto i la ubicació, i en segueixen la resolució.",
  "Una aplicació mòbil permet enviar incidències georeferenciades que arriben directament a la brigada municipal.",
  "Manteniment més ràpid de l'espai públic.", "Volum inicial d'avisos duplicats.", "Resolució més ràpida i ciutadania informada.",
  "App mòbil, mapa i integració amb l'ordre de treball de la brigada.", ["app mòbil", "SIG", "geolocalització"], ["CITIZEN_CARE", "PARTICIPATION"], ["SERVICES"]),
 ("Inscripcions en línia a activitats i escoles bressol", "Les inscripcions a casals, activitats esportives i escoles bressol es fan en línia amb pagament integrat.",
  "Les famílies s'inscriuen en línia, aporten documentació i paguen amb targeta o domiciliació, i el sorteig de places és automàtic.",
  "Menys cues i processos transparents.", "Famílies amb poca competència digital; suport presencial.", "Processos d'inscripció en dies en lloc de setmanes.",
  "Plataforma d'inscripcions amb passarel·la de pagament.", ["pagament en línia", "formularis", "sorteig"], ["SERVICES_FORMALITIES"], ["SERVICES", "PROCESSES"]),
 ("Contractació pública electrònica", "Tots els contractes es liciten a través de la plataforma electrònica de contractació, amb sobres digitals.",
  "L'ajuntament licita tots els contractes amb sobres digitals i publica les adjudicacions automàticament al perfil del contractant.",
  "Més concurrència i transparència.", "Formació de les empreses locals.", "Més ofertes per licitació i estalvi en els preus.",
  "Plataforma de serveis de contractació pública i sobre digital.", ["contractació electrònica", "sobre digital"], ["SERVICES_FORMALITIES", "PLANNING_MANAGEMENT"], ["PROCESSES"]),
 ("Robotització de tasques administratives repetitives", "Robots de programari fan tasques repetitives com el registre de factures i la comprovació de dades.",
  "S'han automatitzat cinc processos de back-office amb robots de programari supervisats pel personal.",
  "Allibera hores de feina mecànica.", "Processos mal documentats; canvis de les aplicacions.", "Centenars d'hores alliberades cada any.",
  "Automatització robòtica de processos (RPA).", ["RPA", "automatització"], ["PLANNING_MANAGEMENT"], ["PROCESSES"]),
 ("Padró i certificats automàtics", "Els certificats i volants de padró s'obtenen a l'instant, en línia i sense intervenció manual.",
  "La ciutadania obté els certificats de padró amb identificació digital, i els altres ens els consulten per via d'interoperabilitat.",
  "Zero desplaçaments per a un tràmit molt freqüent.", "Qualitat de les dades del padró.", "Milers de certificats l'any sense cap intervenció.",
  "Identificació digital, interoperabilitat i segell electrònic.", ["interoperabilitat", "identitat digital", "segell electrònic"], ["SERVICES_FORMALITIES", "CITIZEN_CARE"], ["SERVICES", "PROCESSES"]),
 ("Consulta ciutadana amb votació electrònica", "Una consulta vinculant sobre un projecte urbanístic es va fer amb votació electrònica i punts presencials.",
  "La consulta es va organitzar amb una plataforma de votació electrònica verificable i dues setmanes de votació.",
  "Legitimitat de la decisió.", "Garanties de vot secret; comunicació.", "Participació molt superior a consultes anteriors.",
  "Votació electrònica verificable i cens de la consulta.", ["votació electrònica", "participació"], ["PARTICIPATION"], ["SERVICES"]),
 ("Oficina de transformació digital compartida", "Diversos municipis petits comparteixen un equip tècnic de transformació digital a través del consell comarcal.",
  "El consell comarcal ha creat una oficina que dona servei a municipis petits: configuració d'eines, formació i acompanyament de projectes.",
  "Accés a perfils tècnics que un municipi petit no pot contractar.", "Priorització entre municipis; finançament estable.", "Municipis petits amb tramitació electrònica completa.",
  "Model de servei compartit i catàleg de solucions.", ["serveis compartits", "acompanyament"], ["TRANSFORMATION"], ["ORGANISATION"]),
 ("Formació en competències digitals del personal", "Un itinerari formatiu millora les competències digitals de tot el personal municipal.",
  "A partir d'una autodiagnosi, cada persona segueix un itinerari en línia i presencial adaptat al seu lloc de treball.",
  "Personal preparat per als nous serveis.", "Temps de formació dins la jornada.", "Més ús de les eines digitals i menys incidències.",
  "Entorn virtual d'aprenentatge i autodiagnosi de competències.", ["formació", "entorn virtual d'aprenentatge"], ["TRANSFORMATION"], ["ORGANISATION"]),
 ("Gestió energètica intel·ligent dels edificis municipals", "Comptadors intel·ligents i un panell de control redueixen el consum d'energia dels equipaments.",
  "Els edificis municipals tenen comptadors que envien dades cada quart d'hora; un panell detecta consums anòmals.",
  "Estalvi econòmic i ambiental.", "Inversió inicial; edificis antics.", "Rebaixa del consum elèctric dels equipaments.",
  "Comptadors intel·ligents, plataforma de monitoratge i alertes.", ["eficiència energètica", "IoT", "sensors"], ["PLANNING_MANAGEMENT"], ["PROCESSES", "SERVICES"]),
]
TITLES_EN = None

FIRST = ["Anna", "Jordi", "Marta", "Pere", "Laia", "Joan", "Núria", "Xavier", "Montse", "Albert", "Sílvia", "Oriol"]
LAST = ["Puig", "Soler", "Vidal", "Ferrer", "Serra", "Roca", "Font", "Pujol", "Sala", "Riera", "Vila", "Camps"]
ROLES = ["Secretària-interventora", "Tècnic de transformació digital", "Alcaldessa", "Regidor de govern obert",
         "Cap de l'Oficina d'Atenció Ciutadana", "Tècnica de serveis socials", "Responsable d'informàtica"]
MATERIAL_TYPES = ["ARTICLE", "DEMO", "VIDEO", "PRESENTATION", "DOCUMENT", "WEBSITE"]

def pick_municipality(band):
    c = [m for m in MUN if band[0] <= int(m['poblacio']) <= band[1]]
    return random.choice(c)

def pick_town():
    cc = random.choice(COUNTRIES)
    c = [t for t in TOWNS if t['country_code'] == cc and 1000 <= int(t['population'] or 0) <= 60000]
    return random.choice(c)

sheets = []
n = 0
for i, a in enumerate(A):
    for k in range(3):
        n += 1
        if k == 2 and i % 2 == 0:
            t = pick_town()
            body = {"foreign": int(t['geonameid']), "name": t['name']}
            where = t['name']
        elif k == 2 and i % 4 == 1:
            body = {"county": random.choice(["07", "18", "25", "26", "29", "32", "35", "37", "42", "43"])}
            where = None
        else:
            m = pick_municipality(BANDS[(i + k * 2) % 6])
            body = {"ine": m['codi_ine']}
            where = m['nom_natural']
        title, summary, desc, value, barriers, benefits, tech, techs, areas, typ = a
        phase = ["PROTOTYPE", "PILOT", "IMPLEMENTED"][(i + k) % 3]
        year = 2016 + (i * 3 + k) % 10
        contacts = []
        for c in range(1 + (i + k) % 2):
            fn, ln = random.choice(FIRST), random.choice(LAST)
            contacts.append({"name": f"{fn} {ln} (persona fictícia)", "role": random.choice(ROLES),
                             "email": f"{fn.lower()}.{ln.lower()}@example.org".replace('ú', 'u').replace('í', 'i'),
                             "phone": f"+34 600 {random.randint(100, 999)} {random.randint(100, 999)}"})
        mtype = MATERIAL_TYPES[(i + k) % 6]
        materials = [{"type": mtype, "title": f"{title}: material de demostració", "language": "ca",
                      "url": f"https://example.org/digicanvis-demo/{n}"}]
        savings = {}
        if (i + k) % 3 != 0:
            savings = {"eurosPerYear": random.choice([1500, 4000, 12000, 30000, 85000]),
                       "hoursPerYear": random.choice([120, 300, 800, 2000]),
                       "method": "Estimació de demostració: hores de personal abans i després, multiplicades pel cost mitjà per hora."}
            if (i + k) % 4 == 0:
                savings["eurosOneOff"] = random.choice([3000, 10000, 25000])
        full_title = title if where is None else f"{title} ({where})"
        sheets.append({
            "title": full_title,
            "summary": summary + " [Contingut de demostració]",
            "body": body,
            "description": desc + "\n\n*Aquesta fitxa és contingut de demostració de l'Observatori: el projecte i les persones de contacte són ficticis.*",
            "value": value, "barriers": barriers, "benefits": benefits,
            "technologyText": tech, "technologies": techs,
            "phase": phase, "startYear": year, "areas": areas, "typologies": typ,
            "contacts": contacts, "materials": materials, "savings": savings,
        })
        # a few demo sheets were last reviewed over two years ago, so the catalogue shows the stale flag
        if n % 11 == 4:
            sheets[-1]["reviewedMonthsAgo"] = 25 + n % 7

json.dump({"note": "Demo content of the DigiCanvis Observatory: fictitious projects and people, loaded by bin/run only.",
           "sheets": sheets}, open('portal-ejb/src/main/resources/demo/demo-sheets.json', 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
print(len(sheets), "demo sheets")
