enum Tok { Num(i64), Op(char), Word { text: String, upper: bool } }
fn main() {
    let toks = vec![Tok::Num(3), Tok::Op('+'), Tok::Word { text: "hi".into(), upper: false }];
    for t in &toks {
        match t {
            Tok::Num(n @ 0..=9) => println!("digit {}", n),
            Tok::Num(n) => println!("num {}", n),
            Tok::Op('+' | '-') => println!("additive"),
            Tok::Op(c) => println!("op {}", c),
            Tok::Word { text, upper: true } => println!("UP {}", text),
            Tok::Word { text, .. } => println!("word {}", text),
        }
    }
    let arr = [1, 2, 3, 4];
    if let [first, .., last] = arr { println!("{} {}", first, last); }
    let (a, (b, c)) = (1, (2, 3));
    println!("{}", a + b + c);
    let v = Some(Some(4));
    if let Some(Some(x)) = v { println!("{}", x); }
}
