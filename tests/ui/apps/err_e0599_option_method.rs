// rejected E0599: calling a String method directly on an Option<String> without unwrapping it
use std::collections::HashMap;

struct Directory {
    phones: HashMap<String, String>,
}

impl Directory {
    fn lookup(&self, name: &str) -> Option<String> {
        self.phones.get(name).cloned()
    }

    fn area_code(&self, name: &str) -> Option<&str> {
        self.phones.get(name).and_then(|p| p.split('-').next())
    }
}

fn main() {
    let mut d = Directory { phones: HashMap::new() };
    d.phones.insert("ana".to_string(), "555-0101".to_string());
    d.phones.insert("ben".to_string(), "212-7788".to_string());
    for who in ["ana", "ben", "cy"] {
        match d.area_code(who) {
            Some(code) => println!("{} area {}", who, code),
            None => println!("{} unknown", who),
        }
    }
    let ana = d.lookup("ana");
    let digits = ana.chars().filter(|c| c.is_ascii_digit()).count();
    println!("ana's number has {} digits", digits);
}
