// FromStr impl with parse::<T>(), From/Into conversions, impl Display, errors with map_err
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

#[derive(Debug, PartialEq)]
enum TempError {
    Empty,
    UnknownUnit(char),
    Number(String),
}

impl FromStr for Celsius {
    type Err = TempError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let unit = s.chars().last().ok_or(TempError::Empty)?;
        let num = &s[..s.len() - unit.len_utf8()];
        let value: f64 = num.trim().parse().map_err(|_| TempError::Number(num.to_string()))?;
        match unit.to_ascii_uppercase() {
            'C' => Ok(Celsius(value)),
            'F' => Ok(Fahrenheit(value).into()),
            other => Err(TempError::UnknownUnit(other)),
        }
    }
}

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fn main() {
    let inputs = ["21C", "70F", " 100 c ", "12K", "", "abcF", "-40F"];
    let mut ok: Vec<Celsius> = Vec::new();
    for s in inputs {
        match s.parse::<Celsius>() {
            Ok(c) => {
                let f: Fahrenheit = c.into();
                println!("{:>8?} => {} / {:.1}F", s, c, f.0);
                ok.push(c);
            }
            Err(e) => println!("{:>8?} => {:?}", s, e),
        }
    }
    ok.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let listed: Vec<String> = ok.iter().map(|c| c.to_string()).collect();
    println!("sorted: {}", listed.join(" < "));
    let hottest = ok.iter().cloned().fold(Celsius(f64::MIN), |a, b| if b > a { b } else { a });
    println!("hottest {}", hottest);
    println!("{}", Celsius::from(Fahrenheit(212.0)));
}
