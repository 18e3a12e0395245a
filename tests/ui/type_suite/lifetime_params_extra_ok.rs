trait Pick { fn pick<'a>(x: &'a str) -> &'a str; }
struct P;
impl Pick for P { fn pick<'a, 'b>(x: &'a str) -> &'a str { x } }
fn main() {}
