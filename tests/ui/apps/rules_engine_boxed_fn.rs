// struct storing boxed closures with a lifetime (Box<dyn Fn(&T) -> bool + 'a>), builder pattern returning Self
struct Rule<'a, T> {
    name: &'a str,
    check: Box<dyn Fn(&T) -> bool + 'a>,
}

struct Engine<'a, T> {
    rules: Vec<Rule<'a, T>>,
}

impl<'a, T> Engine<'a, T> {
    fn new() -> Self {
        Engine { rules: Vec::new() }
    }

    fn rule(mut self, name: &'a str, check: impl Fn(&T) -> bool + 'a) -> Self {
        self.rules.push(Rule { name, check: Box::new(check) });
        self
    }

    fn failures(&self, item: &T) -> Vec<&'a str> {
        self.rules.iter().filter(|r| !(r.check)(item)).map(|r| r.name).collect()
    }
}

#[derive(Debug)]
struct Signup {
    user: String,
    age: u32,
    email: String,
}

fn main() {
    let banned = vec!["root".to_string(), "admin".to_string()];
    let min_age = 13;
    let engine = Engine::new()
        .rule("age", |s: &Signup| s.age >= min_age)
        .rule("email", |s: &Signup| s.email.contains('@') && !s.email.ends_with('@'))
        .rule("banned", |s: &Signup| !banned.contains(&s.user))
        .rule("name-length", |s: &Signup| (3..=12).contains(&s.user.len()));

    let signups = vec![
        Signup { user: "maria".into(), age: 30, email: "m@x.io".into() },
        Signup { user: "admin".into(), age: 40, email: "a@".into() },
        Signup { user: "jo".into(), age: 9, email: "jo.example".into() },
    ];
    for s in &signups {
        let fails = engine.failures(s);
        if fails.is_empty() {
            println!("{} ok", s.user);
        } else {
            println!("{} rejected: {}", s.user, fails.join(", "));
        }
    }
    let nums = Engine::new().rule("even", |n: &i32| n % 2 == 0).rule("small", |n: &i32| *n < 10);
    let report: Vec<String> = (7..=12).map(|n| format!("{}:{}", n, nums.failures(&n).len())).collect();
    println!("{}", report.join(" "));
    println!("{} rules", engine.rules.len());
}
