// let-else, matches!, extension trait on Vec<T> and str, where Self: Sized default method, as_mut on Option
trait Stats {
    fn mean(&self) -> Option<f64>;
    fn spread(&self) -> Option<f64>;
    fn summary(&self) -> String
    where
        Self: Sized,
    {
        match (self.mean(), self.spread()) {
            (Some(m), Some(s)) => format!("mean {:.2} spread {:.2}", m, s),
            _ => "no data".to_string(),
        }
    }
}

impl Stats for Vec<f64> {
    fn mean(&self) -> Option<f64> {
        if self.is_empty() { None } else { Some(self.iter().sum::<f64>() / self.len() as f64) }
    }
    fn spread(&self) -> Option<f64> {
        let max = self.iter().cloned().reduce(f64::max)?;
        let min = self.iter().cloned().reduce(f64::min)?;
        Some(max - min)
    }
}

trait Slug {
    fn slug(&self) -> String;
}

impl Slug for str {
    fn slug(&self) -> String {
        self.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>()
            .join("-")
    }
}

fn parse_kv(line: &str) -> Option<(String, f64)> {
    let Some((k, v)) = line.split_once(':') else {
        return None;
    };
    let Ok(num) = v.trim().parse::<f64>() else {
        return None;
    };
    Some((k.trim().slug(), num))
}

#[derive(Debug)]
enum Token {
    Word(String),
    Num(i64),
    Sym(char),
}

fn main() {
    let lines = ["Max Speed: 12.5", "Avg Speed : 8", "broken", "Top Speed!!: x", "Min--Speed: 3.25"];
    let mut values = Vec::new();
    for l in lines {
        match parse_kv(l) {
            Some((k, v)) => {
                println!("{} = {}", k, v);
                values.push(v);
            }
            None => println!("skip {:?}", l),
        }
    }
    println!("{}", values.summary());
    println!("{}", Vec::<f64>::new().summary());
    println!("{}", "  Hello, World! Rust 2021 ".slug());

    let toks = vec![Token::Word("let".into()), Token::Sym('='), Token::Num(42), Token::Sym(';')];
    let syms = toks.iter().filter(|t| matches!(t, Token::Sym(_))).count();
    let big = toks.iter().any(|t| matches!(t, Token::Num(n) if *n > 40));
    println!("{} symbols, big number: {}", syms, big);

    let mut current: Option<Token> = Some(Token::Word("x".into()));
    if let Some(Token::Word(w)) = current.as_mut() {
        w.push_str("yz");
    }
    println!("{:?}", current);
}
