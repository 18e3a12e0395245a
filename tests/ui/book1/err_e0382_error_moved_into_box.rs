// errors: a custom error moved into Box::new is printed afterwards; Box::from builds other errors
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct LimitError {
    limit: u32,
    got: u32,
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} exceeds {}", self.got, self.limit)
    }
}

impl Error for LimitError {}

fn check(n: u32) -> Result<u32, Box<dyn Error>> {
    if n == 0 {
        return Err(Box::from("zero is not allowed"));
    }
    if n == 13 {
        return Err(Box::from(format!("{n} is unlucky")));
    }
    let parsed: Vec<Box<dyn fmt::Debug>> = vec![Box::new(n), Box::from(n as u8)];
    println!("{:?}", parsed);
    if n > 100 {
        let err = LimitError { limit: 100, got: n };
        let boxed: Box<dyn Error> = Box::new(err);
        println!("rejecting: {}", err);
        return Err(boxed);
    }
    Ok(n * 2)
}

fn main() {
    for n in [5, 0, 13, 500] {
        println!("{:?}", check(n).map_err(|e| e.to_string()));
    }
}
