// errors: a CSV summer with a custom error, ? into Box<dyn Error + Send + Sync>, Box::from for plain messages
use std::error::Error;
use std::fmt;
#[derive(Debug)]
struct ParseErr { line: usize, msg: String }
impl fmt::Display for ParseErr { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "line {}: {}", self.line, self.msg) } }
impl Error for ParseErr {}
fn parse_line(i: usize, l: &str) -> Result<(String, f64), ParseErr> {
    let mut parts = l.split(',');
    let name = parts.next().filter(|s| !s.is_empty()).ok_or(ParseErr { line: i, msg: "no name".into() })?;
    let val = parts.next().ok_or_else(|| ParseErr { line: i, msg: "no value".into() })?
        .trim().parse::<f64>().map_err(|e| ParseErr { line: i, msg: e.to_string() })?;
    Ok((name.to_string(), val))
}
fn total(src: &str) -> Result<f64, Box<dyn Error + Send + Sync>> {
    let mut t = 0.0;
    for (i, l) in src.lines().enumerate() {
        let (_, v) = parse_line(i + 1, l)?;
        t += v;
    }
    if t < 0.0 { return Err(Box::from("negative total")); }
    Ok(t)
}
fn main() {
    let inputs = ["a,1.5\nb,2", "a,1\n,2", "a,x", "a", "a,-5"];
    for s in inputs {
        match total(s) {
            Ok(t) => println!("total {t}"),
            Err(e) => println!("failed: {e} / {:?}", e.to_string()),
        }
    }
    let e: Box<dyn Error> = Box::new(ParseErr { line: 0, msg: "m".into() });
    println!("{} | {:?}", e, e);
    let r: Result<(), Box<dyn Error>> = Err("plain".into());
    if let Err(e) = r { println!("{e:?}"); }
}
