// Option combinators and the ? operator for looking up nested configuration values
use std::collections::HashMap;

struct Settings {
    sections: HashMap<String, HashMap<String, String>>,
}

impl Settings {
    fn parse(text: &str) -> Settings {
        let mut sections: HashMap<String, HashMap<String, String>> = HashMap::new();
        let mut current = String::from("root");
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = name.to_string();
            } else if let Some((k, v)) = line.split_once('=') {
                sections.entry(current.clone()).or_default().insert(k.trim().to_string(), v.trim().to_string());
            }
        }
        Settings { sections }
    }

    fn get(&self, section: &str, key: &str) -> Option<&str> {
        self.sections.get(section)?.get(key).map(|s| s.as_str())
    }

    fn port(&self) -> Option<u16> {
        let raw = self.get("server", "port")?;
        raw.parse().ok().filter(|p| *p > 1024)
    }
}

fn main() {
    let text = "name = demo\n[server]\nport = 8080\nhost = example.org\n[db]\nport = 80\nuser =  admin \n";
    let s = Settings::parse(text);
    println!("name {:?}", s.get("root", "name"));
    println!("server port {:?}", s.port());
    println!("db user {:?}", s.get("db", "user").map(str::to_uppercase));
    println!("db pass {}", s.get("db", "pass").unwrap_or("<none>"));
    let db_port = s.get("db", "port").and_then(|p| p.parse::<u16>().ok()).filter(|p| *p > 1024);
    println!("db port usable {:?}", db_port);
    let host_len = s.get("server", "host").map_or(0, |h| h.len());
    println!("host length {}", host_len);
    let mut names: Vec<&String> = s.sections.keys().collect();
    names.sort();
    println!("sections {:?}", names);
}
