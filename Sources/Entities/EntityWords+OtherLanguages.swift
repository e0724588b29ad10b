import NewsModel

/// The words around names in the other languages news copy is written in — sentence openers, speech verbs, role
/// nouns — so that the classes the fitted step reads ("a speech verb follows", "a role word comes before") hold in
/// French, Spanish, German, Italian, Portuguese, Czech and Russian copy as they do in English.
extension EntityWords {
    /// Speech and action verbs as copy writes them after a speaker (third person, past and present): "Hurtado
    /// dijo", "Faeser sagte", "Souček řekl", "Лавров заявил". Words that are also English words are left out.
    static let otherLanguageVerbs: [String] = [
        "dijo", "afirmó", "aseguró", "declaró", "explicó", "señaló", "indicó", "añadió", "advirtió", "respondió", "anunció",
        "reconoció", "sostuvo", "subrayó", "insistió", "criticó", "denunció", "pidió", "negó", "admitió", "recordó", "destacó",
        "agregó", "manifestó", "confirmó", "afirma", "asegura", "explica", "señala", "déclare", "affirme", "explique", "ajoute",
        "indique", "estime", "souligne", "précise", "annonce", "assure", "rappelle", "raconte", "déclaré", "affirmé", "expliqué",
        "ajouté", "indiqué", "estimé", "souligné", "précisé", "annoncé", "assuré", "sagte", "sagt", "erklärte", "erklärt", "betonte",
        "betont", "kritisierte", "forderte", "fordert", "warnte", "warnt", "schrieb", "schreibt", "berichtete", "meinte", "meint",
        "bestätigte", "nannte", "nennt", "detto", "dichiarato", "spiegato", "affermato", "aggiunto", "sottolineato", "afferma",
        "spiega", "aggiunge", "sottolinea", "disse", "afirmou", "declarou", "explicou", "acrescentou", "diz", "ressaltou",
        "destacou", "řekl", "řekla", "uvedl", "uvedla", "dodal", "dodala", "napsal", "napsala", "prohlásil", "prohlásila",
        "vysvětlil", "upozornil", "sdělil", "potvrdil", "сказал", "сказала", "заявил", "заявила", "отметил", "отметила",
        "сообщил", "сообщила", "добавил", "добавила", "подчеркнул", "пояснил", "рассказал", "написал",
    ]

    /// Role nouns written in lower case before a person's name: "el fiscal Julián Salto", "le ministre Laurent Fabius",
    /// "trenér David Moyes", "президент Владимир Путин".
    static let otherLanguageRoles: [String] = [
        "presidente", "presidenta", "ministro", "ministra", "fiscal", "juez", "jueza", "abogado", "abogada", "empresario",
        "empresaria", "portavoz", "director", "directora", "secretario", "secretaria", "alcalde", "alcaldesa", "líder", "diputado",
        "diputada", "senador", "senadora", "jefe", "jefa", "periodista", "entrenador", "président", "présidente", "ministre",
        "porte-parole", "directeur", "directrice", "maire", "député", "juge", "avocat", "journaliste", "entraîneur", "sindaco",
        "portavoce", "direttore", "giudice", "avvocato", "premier", "prefeito", "governador", "juiz", "prezident", "premiér",
        "ministr", "ministryně", "trenér", "kapitán", "záložník", "útočník", "obránce", "předseda", "mluvčí", "starosta",
        "hejtman", "президент", "министр", "премьер", "глава", "председатель", "мэр", "губернатор", "депутат", "тренер",
        "candidato", "candidata", "embajador", "embajadora", "consejero", "consejera", "vicepresidente", "vicepresidenta",
        "magistrado", "magistrada", "delantero", "portero", "ambassadeur", "procureur", "sénateur", "secrétaire", "candidat",
        "candidate", "réalisateur", "chanteur", "chanteuse", "écrivain", "segretario", "segretaria", "commissario",
        "deputato", "deputata", "senatore", "giornalista", "allenatore", "attaccante", "regista", "procuratore", "governatore",
        "режиссёр", "режиссер", "актёр", "актер", "актриса", "певец", "певица", "писатель", "политик", "журналист", "посол",
        "канцлер", "премьер-министр", "вице-премьер", "спикер", "пресс-секретарь", "сенатор", "генерал", "директор",
        "руководитель", "лидер", "основатель", "бизнесмен", "адвокат", "судья", "прокурор", "советник", "сопредседатель",
        "координатор", "правозащитник", "министра", "президента",
        // Police and army ranks and local offices of Italian, French and Spanish copy ("il maresciallo …", "Appuntato
        // Scelto", "le capitaine …", "el sargento …"): a rank opening a run is no part of the name after it.
        "maresciallo", "brigadiere", "vicebrigadiere", "appuntato", "carabiniere", "colonnello", "capitano", "tenente",
        "comandante", "questore", "prefetto", "assessore", "consigliere", "vicesindaco", "sottosegretario", "viceministro",
        "commandant", "capitaine", "lieutenant", "colonel", "adjudant", "préfet", "adjoint", "adjointe", "conseiller",
        "conseillère", "capitán", "teniente", "coronel", "comisario", "sargento", "concejal", "concejala",
    ]

    /// The function words that open sentences in the languages news copy is written in, capitalised by their place
    /// ("Según Hurtado", "Nach Angaben", "Selon Laurent Fabius", "V Praze", "По словам"): prepositions,
    /// conjunctions, pronouns and adverbs — `commonStarters` for English. Articles are left out, and so are the
    /// particles that begin surnames ("De", "Di", "Da", "Van", "Del"): both open names too, and the gazetteer
    /// rule for articles decides those.
    static func sentenceOpeners(language: String?) -> WordSet {
        guard let language, let words = sentenceOpenerWords[String(language.prefix(2))] else { return [] }
        return words
    }

    private static let sentenceOpenerWords: [String: WordSet] = [
        "de": [
            "Ein", "Eine", "Einen", "Einem", "Einer", "Eines", "Auch", "Aber", "Und", "Oder", "Doch", "Denn", "Dass", "Da", "Als", "Wenn",
            "Weil", "Ob", "Obwohl", "Nachdem", "Bevor", "Während", "Seit", "Nach", "Vor", "Bei", "Mit", "Für", "Gegen", "Ohne", "Um",
            "Durch", "Über", "Unter", "Zwischen", "Neben", "Laut", "Trotz", "Wegen", "Im", "Am", "Beim", "Zum", "Zur", "Vom", "Ins",
            "Aus", "Auf", "An", "In", "Zu", "Dies", "Diese", "Dieser", "Dieses", "Diesen", "Jetzt", "Nun", "Dann", "So", "Noch",
            "Schon", "Bereits", "Zudem", "Außerdem", "Allerdings", "Dabei", "Damit", "Dazu", "Deshalb", "Daher", "Darum", "Trotzdem",
            "Zwar", "Nur", "Sogar", "Vielmehr", "Er", "Sie", "Es", "Wir", "Ich", "Man", "Wer", "Was", "Wie", "Wo", "Warum", "Wann",
            "Welche", "Welcher", "Sein", "Seine", "Ihr", "Ihre", "Unser", "Kein", "Keine", "Alle", "Viele", "Einige", "Mehrere",
            "Beide", "Jede", "Jeder", "Heute", "Gestern", "Morgen", "Inzwischen", "Zuletzt", "Zunächst", "Später", "Demnach",
            "Gemäß", "Insgesamt", "Hier", "Dort", "Immer", "Nicht", "Mehr", "Rund", "Etwa", "Fast", "Sowohl", "Weder", "Zuvor",
        ],
        "fr": [
            "Un", "Une", "À", "Au", "Aux", "En", "Dans", "Pour", "Par", "Sur", "Sous", "Avec", "Sans", "Selon", "Après", "Avant", "Depuis",
            "Pendant", "Chez", "Contre", "Entre", "Vers", "Malgré", "Parmi", "Lors", "Dès", "Et", "Mais", "Ou", "Donc", "Or", "Car",
            "Si", "Quand", "Lorsque", "Comme", "Alors", "Ainsi", "Aussi", "Puis", "Ensuite", "Enfin", "Cependant", "Pourtant",
            "Toutefois", "Néanmoins", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Ce", "Cette", "Ces", "Cet", "Son",
            "Sa", "Ses", "Leur", "Leurs", "Notre", "Tous", "Toutes", "Tout", "Plusieurs", "Certains", "Aucun", "Chaque", "Qui",
            "Que", "Où", "Pourquoi", "Comment", "Combien", "Hier", "Demain", "Plus", "Moins", "Très", "Déjà", "Encore", "Toujours",
            "Jamais", "Ici", "Non", "Oui", "Face", "Près", "Outre", "Désormais", "Mardi", "Lundi", "Mercredi", "Jeudi", "Vendredi",
            "Samedi", "Dimanche", "Seul", "Seule", "Seuls", "Seules",
            // Quantities opening a sentence: "Beaucoup de Français …", "Environ 400 Français …".
            "Beaucoup", "Peu", "Environ", "Quelques", "Nombreux", "Nombreuses", "Certaines", "Autant", "Trop", "Assez",
            // The negation opening a verbless sentence: "Pas de blessés", "Pas question de …".
            "Pas",
        ],
        "es": [
            "Un", "Una", "Unos", "Unas", "Al", "En", "Por", "Para", "Con", "Sin", "Según", "Desde", "Durante", "Tras", "Ante", "Bajo",
            "Entre", "Hacia", "Hasta", "Sobre", "Contra", "Mediante", "Y", "E", "O", "Pero", "Sino", "Aunque", "Porque", "Pues", "Si",
            "Cuando", "Como", "Donde", "Mientras", "Además", "También", "Tampoco", "Así", "Luego", "Después", "Antes", "Ahora",
            "Hoy", "Ayer", "Ya", "Aún", "Todavía", "Él", "Ella", "Ellos", "Ellas", "Nosotros", "Se", "Lo", "Su", "Sus", "Este",
            "Esta", "Estos", "Estas", "Ese", "Esa", "Esos", "Esas", "Aquel", "Todo", "Todos", "Toda", "Todas", "Cada", "Otro", "Otra",
            "Otros", "Muchos", "Varios", "Algunos", "Ningún", "Ninguna", "Qué", "Quién", "Cómo", "Dónde", "Cuándo", "No", "Sí", "Más",
            "Menos", "Muy", "Incluso", "Solo", "Sólo", "Asimismo", "Finalmente", "Entonces", "Le", "Les", "Lunes",
            "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo",
        ],
        "it": [
            "Un", "Una", "Uno", "In", "Con", "Per", "Su", "Tra", "Fra", "Secondo", "Dopo", "Prima", "Durante", "Senza", "Contro", "Verso",
            "Presso", "Nel", "Nella", "Nei", "Negli", "Nelle", "Al", "Alla", "Ai", "Agli", "Alle", "Dal", "Dalla", "Dai", "Della", "Dei",
            "Sul", "Sulla", "Sui", "E", "Ed", "O", "Ma", "Però", "Anche", "Quindi", "Poi", "Se", "Quando", "Mentre", "Come", "Dove",
            "Perché", "Inoltre", "Intanto", "Infine", "Oggi", "Ieri", "Domani", "Ora", "Già", "Ancora", "Sempre", "Mai", "Non", "Più",
            "Lui", "Lei", "Loro", "Noi", "Questo", "Questa", "Questi", "Queste", "Quello", "Quella", "Quel", "Suo", "Sua", "Tutti",
            "Tutte", "Tutto", "Ogni", "Alcuni", "Molti", "Chi", "Che", "Cosa", "Qui", "Invece", "Cioè",
        ],
        "pt": [
            "Um", "Uma", "Em", "No", "Na", "Nos", "Nas", "Ao", "À", "Pelo", "Pela", "Com", "Sem", "Para", "Por", "Segundo", "Após",
            "Depois", "Antes", "Durante", "Desde", "Até", "Entre", "Sobre", "Contra", "E", "Ou", "Mas", "Porém", "Também", "Já", "Ainda",
            "Quando", "Como", "Onde", "Se", "Porque", "Enquanto", "Ele", "Ela", "Eles", "Elas", "Nós", "Este", "Esta", "Esse", "Essa",
            "Isso", "Isto", "Aquele", "Seu", "Sua", "Todos", "Cada", "Outro", "Muitos", "Não", "Sim", "Mais", "Hoje", "Ontem", "Agora",
            "Assim", "Então",
        ],
        "nl": [
            "Een", "In", "Op", "Aan", "Met", "Voor", "Na", "Door", "Bij", "Naar", "Over", "Onder", "Tussen", "Tijdens", "Volgens",
            "Zonder", "Tegen", "En", "Maar", "Of", "Want", "Dus", "Ook", "Als", "Toen", "Omdat", "Hoewel", "Terwijl", "Hij", "Zij",
            "Ze", "Wij", "We", "Ik", "Dit", "Dat", "Deze", "Die", "Zijn", "Haar", "Hun", "Alle", "Veel", "Elke", "Wie", "Wat", "Waar",
            "Waarom", "Hoe", "Nu", "Dan", "Toch", "Nog", "Niet", "Geen", "Vandaag", "Gisteren", "Morgen",
        ],
        "cs": [
            "V", "Ve", "Na", "Do", "Z", "Ze", "S", "Se", "K", "Ke", "O", "Od", "Pro", "Po", "Při", "Za", "Před", "Mezi", "Nad", "Pod",
            "Podle", "Bez", "Kvůli", "Během", "Přes", "U", "A", "Ale", "I", "Nebo", "Že", "Když", "Protože", "Aby", "Jak", "Kde",
            "Co", "Kdo", "Proč", "To", "Ten", "Ta", "Tento", "Tato", "Toto", "Tyto", "Jeho", "Její", "Jejich", "Je", "Byl", "Byla",
            "Bylo", "Už", "Již", "Ještě", "Také", "Též", "Tak", "Pak", "Nyní", "Teď", "Dnes", "Včera", "Zítra", "Však", "Přesto",
            "Proto", "Navíc", "Nejen", "Ani", "On", "Ona", "Oni", "My", "Vy", "Já", "Všichni", "Každý", "Který", "Která", "Které",
            "Jen", "Pouze", "Právě",
            // Adverbs of time opening a sentence: "Tehdy uvedla …", "Poté policie …", "Následně se ukázalo …".
            "Tehdy", "Poté", "Potom", "Zatím", "Nakonec", "Následně",
        ],
        "ru": [
            "В", "Во", "На", "С", "Со", "К", "Ко", "По", "О", "Об", "От", "До", "Из", "За", "Для", "При", "Без", "Под", "Над", "После",
            "Перед", "Между", "Через", "Около", "Согласно", "И", "А", "Но", "Или", "Что", "Как", "Когда", "Где", "Если", "Чтобы",
            "Потому", "Однако", "Поэтому", "Кроме", "Он", "Она", "Они", "Мы", "Вы", "Я", "Это", "Этот", "Эта", "Эти", "Его", "Её",
            "Ее", "Их", "Все", "Всё", "Каждый", "Который", "Которая", "Уже", "Ещё", "Еще", "Также", "Тоже", "Сейчас", "Сегодня",
            "Вчера", "Завтра", "Теперь", "Здесь", "Там", "Не", "Ни", "Нет", "Впрочем", "Например", "Ранее", "Позже", "Затем", "Потом",
        ],
    ]
}
