// lifetimes: a struct with two lifetimes, `T: 'a` bounds, results tied to the longer-lived one
struct Ctx<'s, 'c> { src: &'s str, cfg: &'c Vec<String> }
impl<'s, 'c> Ctx<'s, 'c> {
    fn word(&self, i: usize) -> Option<&'s str> { self.src.split(' ').nth(i) }
    fn opt(&self) -> &'c str { &self.cfg[0] }
}
struct Wrap<'a, T: 'a> { items: &'a [T] }
impl<'a, T: std::fmt::Debug> Wrap<'a, T> { fn first(&self) -> Option<&'a T> { self.items.first() } }
fn pick<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str { if x < y { x } else { y } }
fn main() {
    let src = String::from("alpha beta");
    let w;
    let o;
    {
        let cfg = vec![String::from("-v")];
        let c = Ctx { src: &src, cfg: &cfg };
        w = c.word(1);
        o = c.opt().len();
    }
    println!("{:?} {o}", w);
    let nums = [3, 4];
    let f = { let wr = Wrap { items: &nums }; wr.first() };
    println!("{:?} {}", f, pick("a", "b"));
}
