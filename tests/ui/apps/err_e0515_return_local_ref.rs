// rejected E0515: returning a &str that points into a String created inside the function
struct Contact {
    first: String,
    last: String,
    email: Option<String>,
}

impl Contact {
    fn display_name(&self) -> &str {
        let full = format!("{} {}", self.first, self.last);
        full.as_str()
    }

    fn domain(&self) -> Option<&str> {
        self.email.as_deref().and_then(|e| e.split('@').nth(1))
    }
}

fn initials(c: &Contact) -> String {
    let f = c.first.chars().next().unwrap_or('?');
    let l = c.last.chars().next().unwrap_or('?');
    format!("{}{}", f.to_ascii_uppercase(), l.to_ascii_uppercase())
}

fn main() {
    let people = vec![
        Contact { first: "ada".into(), last: "byron".into(), email: Some("ada@calc.org".into()) },
        Contact { first: "alan".into(), last: "turing".into(), email: None },
    ];
    for p in &people {
        println!("{} <{}> [{}]", p.display_name(), p.domain().unwrap_or("-"), initials(p));
    }
    let with_mail = people.iter().filter(|p| p.email.is_some()).count();
    println!("{} of {} have email", with_mail, people.len());
}
