// enums + errors: a reverse-polish calculator with an Op enum, ? on Option via ok_or, slice patterns
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op { Add, Sub, Mul, Div }
impl Op {
    fn from_char(c: char) -> Option<Self> {
        match c { '+' => Some(Self::Add), '-' => Some(Self::Sub), '*' => Some(Op::Mul), '/' => Some(Op::Div), _ => None }
    }
    fn apply(self, a: i64, b: i64) -> Result<i64, String> {
        match self {
            Self::Add => Ok(a + b),
            Self::Sub => Ok(a - b),
            Self::Mul => a.checked_mul(b).ok_or_else(|| "overflow".to_string()),
            Self::Div if b == 0 => Err(String::from("divide by zero")),
            Self::Div => Ok(a / b),
        }
    }
}
fn eval(expr: &str) -> Result<i64, String> {
    let mut stack: Vec<i64> = Vec::new();
    for tok in expr.split_whitespace() {
        if let Ok(n) = tok.parse::<i64>() {
            stack.push(n);
            continue;
        }
        let op = tok.chars().next().and_then(Op::from_char).ok_or(format!("bad token {tok}"))?;
        let b = stack.pop().ok_or("stack empty")?;
        let a = stack.pop().ok_or("stack empty")?;
        stack.push(op.apply(a, b)?);
    }
    match stack.as_slice() {
        [x] => Ok(*x),
        [] => Err("empty".to_string()),
        _ => Err(format!("{} values left", stack.len())),
    }
}
fn main() {
    for e in ["3 4 +", "2 3 4 * -", "1 0 /", "1 +", "5 x", "", "1 2", "9223372036854775807 2 *"] {
        println!("{:?} => {:?}", e, eval(e));
    }
}
