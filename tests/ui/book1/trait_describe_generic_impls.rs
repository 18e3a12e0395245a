// traits: impls for i32/String and generic impls for Vec<T>/Option<T> with bounds, where clauses
trait Describe { fn describe(&self) -> String; }
impl Describe for i32 { fn describe(&self) -> String { format!("int {}", self) } }
impl Describe for String { fn describe(&self) -> String { format!("string {:?}", self) } }
impl<T: Describe> Describe for Vec<T> { fn describe(&self) -> String { format!("[{}]", self.iter().map(|x| x.describe()).collect::<Vec<_>>().join(", ")) } }
impl<T: Describe> Describe for Option<T> { fn describe(&self) -> String { match self { Some(x) => format!("some {}", x.describe()), None => "none".into() } } }
fn print_all<T>(items: &[T]) where T: Describe { for i in items { println!("{}", i.describe()); } }
fn pair<A: Describe, B: Describe>(a: A, b: B) -> String { a.describe() + " & " + &b.describe() }
fn main() {
    print_all(&[1, 2]);
    print_all(&[vec![String::from("x")], vec![]]);
    println!("{}", Some(vec![Some(3), None]).describe());
    println!("{}", pair(5, String::from("five")));
}
