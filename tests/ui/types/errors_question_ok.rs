use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
    Io(String),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Negative(n) => write!(f, "negative: {}", n),
            AppError::Io(s) => write!(f, "io: {}", s),
        }
    }
}

impl Error for AppError {}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

fn parse_pos(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn sum_all(xs: &[&str]) -> Result<i64, Box<dyn Error>> {
    let mut t = 0;
    for x in xs {
        t += parse_pos(x)?;
    }
    if t > 1000 {
        return Err("too big".into());
    }
    if t == 999 {
        return Err(Box::new(AppError::Io("disk".to_string())));
    }
    Ok(t)
}

fn first_char_upper(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    Some(c.to_ascii_uppercase())
}

fn run() -> Result<(), Box<dyn Error>> {
    let n = sum_all(&["1", "2", " 3 "])?;
    println!("{}", n);
    let e = format!("{}", "x".parse::<u8>().unwrap_err());
    println!("{}", e);
    Err(Box::new(AppError::Io(String::from("late"))))
}

fn main() {
    println!("{:?}", parse_pos("42"));
    match parse_pos("-3") {
        Ok(_) => {}
        Err(e) => println!("{}", e),
    }
    match parse_pos("abc") {
        Err(e) => println!("{}", e),
        Ok(_) => {}
    }
    match sum_all(&["600", "500"]) {
        Err(e) => println!("err {}", e),
        Ok(v) => println!("{}", v),
    }
    println!("{:?}", first_char_upper("hey"));
    println!("{:?}", first_char_upper(""));
    if let Err(e) = run() {
        println!("run failed: {}", e.to_string());
    }
    let r: Result<u32, String> = Err("bad".into());
    println!("{}", r.clone().unwrap_or_default());
    println!("{}", r.is_err());
}
