use std::marker::PhantomData;
#[derive(Debug)]
struct Tree { value: i32, kids: Vec<Tree>, parent: Option<Box<Tree>> }
struct Id<T> { raw: u32, _m: PhantomData<T> }
struct View<'a, T> { items: &'a [T] }
#[derive(Clone, Copy, Debug)]
struct Pt<T> { x: T, y: T }
#[derive(Clone, Copy)]
struct Span<'a> { text: &'a str, at: usize }
enum Level { Low = 1, Mid, High = 10, Top }
struct Wrap<T>(T);
trait Conv<U> { fn conv(self) -> Option<U>; }
impl<T, U> Conv<U> for Wrap<T> where T: Into<U> { fn conv(self) -> Option<U> { Some(self.0.into()) } }
trait Shape { type Out; fn out(&self) -> Self::Out; }
struct Sq;
impl Shape for Sq { type Out = u32; fn out(&self) -> u32 { 4 } }
struct Holder<S>(S);
impl<S, O> Holder<S> where S: Shape<Out = O> { fn get(&self) -> O { self.0.out() } }
impl<T: std::fmt::Debug> View<'_, T> { fn show(&self) { println!("{:?}", self.items); } }
impl<T> Id<T> { fn raw(&self) -> u32 { self.raw } }
impl Pt<i32> { fn sum(&self) -> i32 { self.x + self.y } }
impl Pt<f64> { fn sum(&self) -> f64 { self.x + self.y } }
unsafe fn trusted(x: u32) -> u32 { x + 1 }
fn main() {
    let t = Tree { value: 1, kids: vec![Tree { value: 2, kids: vec![], parent: None }], parent: None };
    println!("{} {}", t.value, t.kids.len());
    let id: Id<String> = Id { raw: 7, _m: PhantomData };
    println!("{}", id.raw());
    View { items: &[1, 2] }.show();
    let p = Pt { x: 1, y: 2 };
    let q = p;
    println!("{:?} {} {}", p, q.sum(), Pt { x: 0.5, y: 0.25 }.sum());
    let s = Span { text: "ab", at: 1 };
    let s2 = s;
    println!("{} {} {}", s.text, s2.at, Level::Top as i32 + Level::Mid as i32 + Level::Low as i32 + Level::High as i32);
    let o: Option<u64> = Wrap(3u32).conv();
    println!("{:?} {}", o, Holder(Sq).get());
    let v = unsafe { trusted(4) };
    println!("{}", v);
}
