// newtypes: generic Display wrapper, Deref to Vec, AsRef<str> and Into<String> parameters, impl From<Vec<_>>
use std::fmt;
use std::ops::{Deref, DerefMut};

struct Bracketed<T>(T);

impl<T: fmt::Display> fmt::Display for Bracketed<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0)
    }
}

#[derive(Debug, Default)]
struct Names(Vec<String>);

impl Deref for Names {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.0
    }
}

impl DerefMut for Names {
    fn deref_mut(&mut self) -> &mut Vec<String> {
        &mut self.0
    }
}

impl From<Vec<&str>> for Names {
    fn from(v: Vec<&str>) -> Self {
        Names(v.into_iter().map(String::from).collect())
    }
}

impl fmt::Display for Names {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, n) in self.0.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{}", n)?;
        }
        Ok(())
    }
}

fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_uppercase()
}

fn add_name(names: &mut Names, n: impl Into<String>) {
    names.push(n.into());
}

fn main() {
    println!("{} {} {}", Bracketed(5), Bracketed("hi"), Bracketed(Bracketed(2.5)));
    let mut names: Names = vec!["kim", "lou"].into();
    add_name(&mut names, "max");
    add_name(&mut names, String::from("ned"));
    println!("{} names: {}", names.len(), names);
    names.sort_by(|a, b| b.cmp(a));
    println!("first {:?}, contains lou: {}", names.first(), names.contains(&"lou".to_string()));
    println!("{} {}", shout("abc"), shout(String::from("def")));
    let joined: String = names.iter().map(|n| shout(n)).collect::<Vec<_>>().join("-");
    println!("{}", joined);
    let empty = Names::default();
    println!("empty: '{}' {:?}", empty, empty.is_empty());
}
