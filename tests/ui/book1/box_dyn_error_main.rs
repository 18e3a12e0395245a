// errors: main returns Result<(), Box<dyn Error>>, ? over different error types
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct EmptyInput;

impl fmt::Display for EmptyInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "input was empty")
    }
}

impl Error for EmptyInput {}

fn average(line: &str) -> Result<f64, Box<dyn Error>> {
    if line.trim().is_empty() {
        return Err(Box::new(EmptyInput));
    }
    let mut sum = 0.0;
    let mut n = 0;
    for part in line.split(',') {
        let v: f64 = part.trim().parse()?;
        sum += v;
        n += 1;
    }
    Ok(sum / n as f64)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{:.2}", average("1, 2, 3.5")?);
    match average("") {
        Ok(v) => println!("unexpected {v}"),
        Err(e) => println!("error: {e}"),
    }
    match average("4,x") {
        Ok(v) => println!("unexpected {v}"),
        Err(e) => println!("error: {e}"),
    }
    let n: i32 = "12".parse()?;
    println!("n = {n}");
    Ok(())
}
