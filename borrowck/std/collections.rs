// std::collections. Maps and sets leave out the hasher parameter `S` of the real std.

pub use self::hash_map::HashMap;
pub use self::hash_set::HashSet;
pub use self::btree_map::BTreeMap;
pub use self::btree_set::BTreeSet;
pub use self::vec_deque::VecDeque;
pub use self::binary_heap::BinaryHeap;

pub mod hash_map {
    use crate::borrow::Borrow;
    use crate::hash::Hash;
    use crate::ops::Index;

    pub struct HashMap<K, V> {
        table: crate::vec::Vec<(K, V)>,
    }

    impl<K, V> HashMap<K, V> {
        pub fn new() -> HashMap<K, V>;
        pub fn with_capacity(capacity: usize) -> HashMap<K, V>;
        pub fn capacity(&self) -> usize;
        pub fn keys(&self) -> Keys<'_, K, V>;
        pub fn into_keys(self) -> IntoKeys<K, V>;
        pub fn values(&self) -> Values<'_, K, V>;
        pub fn values_mut(&mut self) -> ValuesMut<'_, K, V>;
        pub fn into_values(self) -> IntoValues<K, V>;
        pub fn iter(&self) -> Iter<'_, K, V>;
        pub fn iter_mut(&mut self) -> IterMut<'_, K, V>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn drain(&mut self) -> Drain<'_, K, V>;
        pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F);
        pub fn clear(&mut self);
    }

    impl<K: Eq + Hash, V> HashMap<K, V> {
        pub fn reserve(&mut self, additional: usize);
        pub fn entry(&mut self, key: K) -> Entry<'_, K, V>;
        pub fn get<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> Option<&V> where K: Borrow<Q>;
        pub fn get_key_value<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> Option<(&K, &V)> where K: Borrow<Q>;
        pub fn contains_key<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> bool where K: Borrow<Q>;
        pub fn get_mut<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<&mut V> where K: Borrow<Q>;
        pub fn insert(&mut self, k: K, v: V) -> Option<V>;
        pub fn remove<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<V> where K: Borrow<Q>;
        pub fn remove_entry<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<(K, V)> where K: Borrow<Q>;
    }

    impl<K: Clone, V: Clone> Clone for HashMap<K, V> {
        fn clone(&self) -> HashMap<K, V>;
    }
    impl<K, V> Default for HashMap<K, V> {
        fn default() -> HashMap<K, V>;
    }
    impl<K: Eq + Hash, V: PartialEq> PartialEq for HashMap<K, V> {
        fn eq(&self, other: &HashMap<K, V>) -> bool;
    }
    impl<K: Eq + Hash, V: Eq> Eq for HashMap<K, V> {}
    impl<K: crate::fmt::Debug, V: crate::fmt::Debug> crate::fmt::Debug for HashMap<K, V> {
        fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result;
    }
    impl<K: Eq + Hash + Borrow<Q>, Q: ?Sized + Eq + Hash, V> Index<&Q> for HashMap<K, V> {
        type Output = V;
        fn index(&self, key: &Q) -> &V;
    }
    impl<K: Eq + Hash, V> FromIterator<(K, V)> for HashMap<K, V> {
        fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> HashMap<K, V>;
    }
    impl<K: Eq + Hash, V, const N: usize> From<[(K, V); N]> for HashMap<K, V> {
        fn from(arr: [(K, V); N]) -> HashMap<K, V>;
    }
    impl<K: Eq + Hash, V> Extend<(K, V)> for HashMap<K, V> {
        fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T);
    }
    impl<K, V> IntoIterator for HashMap<K, V> {
        type Item = (K, V);
        type IntoIter = IntoIter<K, V>;
        fn into_iter(self) -> IntoIter<K, V>;
    }
    impl<'a, K, V> IntoIterator for &'a HashMap<K, V> {
        type Item = (&'a K, &'a V);
        type IntoIter = Iter<'a, K, V>;
        fn into_iter(self) -> Iter<'a, K, V>;
    }
    impl<'a, K, V> IntoIterator for &'a mut HashMap<K, V> {
        type Item = (&'a K, &'a mut V);
        type IntoIter = IterMut<'a, K, V>;
        fn into_iter(self) -> IterMut<'a, K, V>;
    }

    // The hasher `HashMap` uses (the interpreter's is deterministic, SipHash-like).
    pub struct DefaultHasher {
        state: u64,
    }
    impl DefaultHasher {
        pub fn new() -> DefaultHasher;
    }
    impl crate::hash::Hasher for DefaultHasher {
        fn finish(&self) -> u64;
        fn write(&mut self, bytes: &[u8]);
    }
    impl Default for DefaultHasher {
        fn default() -> DefaultHasher;
    }
    impl Clone for DefaultHasher {
        fn clone(&self) -> DefaultHasher;
    }

    pub enum Entry<'a, K: 'a, V: 'a> {
        Occupied(OccupiedEntry<'a, K, V>),
        Vacant(VacantEntry<'a, K, V>),
    }
    impl<'a, K, V> Entry<'a, K, V> {
        pub fn or_insert(self, default: V) -> &'a mut V;
        pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
        pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V;
        pub fn key(&self) -> &K;
        pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V>;
    }
    impl<'a, K, V: Default> Entry<'a, K, V> {
        pub fn or_default(self) -> &'a mut V;
    }
    pub struct OccupiedEntry<'a, K, V> {
        map: &'a mut HashMap<K, V>,
    }
    impl<'a, K, V> OccupiedEntry<'a, K, V> {
        pub fn key(&self) -> &K;
        pub fn remove_entry(self) -> (K, V);
        pub fn get(&self) -> &V;
        pub fn get_mut(&mut self) -> &mut V;
        pub fn into_mut(self) -> &'a mut V;
        pub fn insert(&mut self, value: V) -> V;
        pub fn remove(self) -> V;
    }
    pub struct VacantEntry<'a, K, V> {
        map: &'a mut HashMap<K, V>,
        key: K,
    }
    impl<'a, K, V> VacantEntry<'a, K, V> {
        pub fn key(&self) -> &K;
        pub fn into_key(self) -> K;
        pub fn insert(self, value: V) -> &'a mut V;
    }

    pub struct Iter<'a, K: 'a, V: 'a> {
        map: &'a HashMap<K, V>,
    }
    impl<'a, K, V> Iterator for Iter<'a, K, V> {
        type Item = (&'a K, &'a V);
        fn next(&mut self) -> Option<(&'a K, &'a V)>;
    }
    impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}
    impl<K, V> Clone for Iter<'_, K, V> {
        fn clone(&self) -> Self;
    }
    pub struct IterMut<'a, K: 'a, V: 'a> {
        map: &'a mut HashMap<K, V>,
    }
    impl<'a, K, V> Iterator for IterMut<'a, K, V> {
        type Item = (&'a K, &'a mut V);
        fn next(&mut self) -> Option<(&'a K, &'a mut V)>;
    }
    impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}
    pub struct IntoIter<K, V> {
        table: crate::vec::Vec<(K, V)>,
    }
    impl<K, V> Iterator for IntoIter<K, V> {
        type Item = (K, V);
        fn next(&mut self) -> Option<(K, V)>;
    }
    impl<K, V> ExactSizeIterator for IntoIter<K, V> {}
    pub struct Keys<'a, K: 'a, V: 'a> {
        inner: Iter<'a, K, V>,
    }
    impl<'a, K, V> Iterator for Keys<'a, K, V> {
        type Item = &'a K;
        fn next(&mut self) -> Option<&'a K>;
    }
    impl<K, V> ExactSizeIterator for Keys<'_, K, V> {}
    impl<K, V> Clone for Keys<'_, K, V> {
        fn clone(&self) -> Self;
    }
    pub struct Values<'a, K: 'a, V: 'a> {
        inner: Iter<'a, K, V>,
    }
    impl<'a, K, V> Iterator for Values<'a, K, V> {
        type Item = &'a V;
        fn next(&mut self) -> Option<&'a V>;
    }
    impl<K, V> ExactSizeIterator for Values<'_, K, V> {}
    impl<K, V> Clone for Values<'_, K, V> {
        fn clone(&self) -> Self;
    }
    pub struct ValuesMut<'a, K: 'a, V: 'a> {
        inner: IterMut<'a, K, V>,
    }
    impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
        type Item = &'a mut V;
        fn next(&mut self) -> Option<&'a mut V>;
    }
    pub struct IntoKeys<K, V> {
        inner: IntoIter<K, V>,
    }
    impl<K, V> Iterator for IntoKeys<K, V> {
        type Item = K;
        fn next(&mut self) -> Option<K>;
    }
    pub struct IntoValues<K, V> {
        inner: IntoIter<K, V>,
    }
    impl<K, V> Iterator for IntoValues<K, V> {
        type Item = V;
        fn next(&mut self) -> Option<V>;
    }
    pub struct Drain<'a, K: 'a, V: 'a> {
        map: &'a mut HashMap<K, V>,
    }
    impl<'a, K, V> Iterator for Drain<'a, K, V> {
        type Item = (K, V);
        fn next(&mut self) -> Option<(K, V)>;
    }
}

pub mod hash_set {
    use crate::borrow::Borrow;
    use crate::hash::Hash;

    pub struct HashSet<T> {
        map: super::HashMap<T, ()>,
    }

    impl<T> HashSet<T> {
        pub fn new() -> HashSet<T>;
        pub fn with_capacity(capacity: usize) -> HashSet<T>;
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn drain(&mut self) -> Drain<'_, T>;
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
        pub fn clear(&mut self);
    }

    impl<T: Eq + Hash> HashSet<T> {
        pub fn contains<Q: ?Sized + Hash + Eq>(&self, value: &Q) -> bool where T: Borrow<Q>;
        pub fn get<Q: ?Sized + Hash + Eq>(&self, value: &Q) -> Option<&T> where T: Borrow<Q>;
        pub fn insert(&mut self, value: T) -> bool;
        pub fn replace(&mut self, value: T) -> Option<T>;
        pub fn remove<Q: ?Sized + Hash + Eq>(&mut self, value: &Q) -> bool where T: Borrow<Q>;
        pub fn take<Q: ?Sized + Hash + Eq>(&mut self, value: &Q) -> Option<T> where T: Borrow<Q>;
        pub fn is_subset(&self, other: &HashSet<T>) -> bool;
        pub fn is_superset(&self, other: &HashSet<T>) -> bool;
        pub fn is_disjoint(&self, other: &HashSet<T>) -> bool;
        pub fn union<'a>(&'a self, other: &'a HashSet<T>) -> Union<'a, T>;
        pub fn intersection<'a>(&'a self, other: &'a HashSet<T>) -> Intersection<'a, T>;
        pub fn difference<'a>(&'a self, other: &'a HashSet<T>) -> Difference<'a, T>;
        pub fn symmetric_difference<'a>(&'a self, other: &'a HashSet<T>) -> SymmetricDifference<'a, T>;
    }

    impl<T: Clone> Clone for HashSet<T> {
        fn clone(&self) -> HashSet<T>;
    }
    impl<T> Default for HashSet<T> {
        fn default() -> HashSet<T>;
    }
    impl<T: Eq + Hash> PartialEq for HashSet<T> {
        fn eq(&self, other: &HashSet<T>) -> bool;
    }
    impl<T: Eq + Hash> Eq for HashSet<T> {}
    impl<T: crate::fmt::Debug> crate::fmt::Debug for HashSet<T> {
        fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result;
    }
    impl<T: Eq + Hash> FromIterator<T> for HashSet<T> {
        fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> HashSet<T>;
    }
    impl<T: Eq + Hash, const N: usize> From<[T; N]> for HashSet<T> {
        fn from(arr: [T; N]) -> HashSet<T>;
    }
    impl<T: Eq + Hash> Extend<T> for HashSet<T> {
        fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
    }
    impl<T> IntoIterator for HashSet<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
        fn into_iter(self) -> IntoIter<T>;
    }
    impl<'a, T> IntoIterator for &'a HashSet<T> {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
        fn into_iter(self) -> Iter<'a, T>;
    }

    pub struct Iter<'a, K: 'a> {
        set: &'a HashSet<K>,
    }
    impl<'a, K> Iterator for Iter<'a, K> {
        type Item = &'a K;
        fn next(&mut self) -> Option<&'a K>;
    }
    pub struct IntoIter<K> {
        set: HashSet<K>,
    }
    impl<K> Iterator for IntoIter<K> {
        type Item = K;
        fn next(&mut self) -> Option<K>;
    }
    pub struct Drain<'a, K: 'a> {
        set: &'a mut HashSet<K>,
    }
    impl<'a, K> Iterator for Drain<'a, K> {
        type Item = K;
        fn next(&mut self) -> Option<K>;
    }
    pub struct Union<'a, T: 'a> {
        a: &'a HashSet<T>,
    }
    impl<'a, T: Eq + Hash> Iterator for Union<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    pub struct Intersection<'a, T: 'a> {
        a: &'a HashSet<T>,
    }
    impl<'a, T: Eq + Hash> Iterator for Intersection<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    pub struct Difference<'a, T: 'a> {
        a: &'a HashSet<T>,
    }
    impl<'a, T: Eq + Hash> Iterator for Difference<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    pub struct SymmetricDifference<'a, T: 'a> {
        a: &'a HashSet<T>,
    }
    impl<'a, T: Eq + Hash> Iterator for SymmetricDifference<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
}

pub mod btree_map {
    use crate::borrow::Borrow;
    use crate::ops::Index;

    pub struct BTreeMap<K, V> {
        entries: crate::vec::Vec<(K, V)>,
    }

    impl<K, V> BTreeMap<K, V> {
        pub const fn new() -> BTreeMap<K, V>;
        pub fn clear(&mut self);
        pub fn get<Q: ?Sized + Ord>(&self, key: &Q) -> Option<&V> where K: Borrow<Q> + Ord;
        pub fn get_key_value<Q: ?Sized + Ord>(&self, k: &Q) -> Option<(&K, &V)> where K: Borrow<Q> + Ord;
        pub fn first_key_value(&self) -> Option<(&K, &V)> where K: Ord;
        pub fn last_key_value(&self) -> Option<(&K, &V)> where K: Ord;
        pub fn pop_first(&mut self) -> Option<(K, V)> where K: Ord;
        pub fn pop_last(&mut self) -> Option<(K, V)> where K: Ord;
        pub fn contains_key<Q: ?Sized + Ord>(&self, key: &Q) -> bool where K: Borrow<Q> + Ord;
        pub fn get_mut<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<&mut V> where K: Borrow<Q> + Ord;
        pub fn insert(&mut self, key: K, value: V) -> Option<V> where K: Ord;
        pub fn remove<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<V> where K: Borrow<Q> + Ord;
        pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F) where K: Ord;
        pub fn split_off<Q: ?Sized + Ord>(&mut self, key: &Q) -> BTreeMap<K, V> where K: Borrow<Q> + Ord;
        pub fn append(&mut self, other: &mut BTreeMap<K, V>) where K: Ord;
        pub fn entry(&mut self, key: K) -> Entry<'_, K, V> where K: Ord;
        pub fn range<T: ?Sized + Ord, R: crate::ops::RangeBounds<T>>(&self, range: R) -> Range<'_, K, V> where K: Borrow<T> + Ord;
        pub fn iter(&self) -> Iter<'_, K, V>;
        pub fn iter_mut(&mut self) -> IterMut<'_, K, V>;
        pub fn keys(&self) -> Keys<'_, K, V>;
        pub fn values(&self) -> Values<'_, K, V>;
        pub fn values_mut(&mut self) -> ValuesMut<'_, K, V>;
        pub fn into_keys(self) -> IntoKeys<K, V>;
        pub fn into_values(self) -> IntoValues<K, V>;
        pub const fn len(&self) -> usize;
        pub const fn is_empty(&self) -> bool;
    }

    impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {
        fn clone(&self) -> BTreeMap<K, V>;
    }
    impl<K, V> Default for BTreeMap<K, V> {
        fn default() -> BTreeMap<K, V>;
    }
    impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
        fn eq(&self, other: &BTreeMap<K, V>) -> bool;
    }
    impl<K: Eq, V: Eq> Eq for BTreeMap<K, V> {}
    impl<K: crate::fmt::Debug, V: crate::fmt::Debug> crate::fmt::Debug for BTreeMap<K, V> {
        fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result;
    }
    impl<K: Borrow<Q> + Ord, Q: ?Sized + Ord, V> Index<&Q> for BTreeMap<K, V> {
        type Output = V;
        fn index(&self, key: &Q) -> &V;
    }
    impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
        fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> BTreeMap<K, V>;
    }
    impl<K: Ord, V, const N: usize> From<[(K, V); N]> for BTreeMap<K, V> {
        fn from(arr: [(K, V); N]) -> BTreeMap<K, V>;
    }
    impl<K: Ord, V> Extend<(K, V)> for BTreeMap<K, V> {
        fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T);
    }
    impl<K, V> IntoIterator for BTreeMap<K, V> {
        type Item = (K, V);
        type IntoIter = IntoIter<K, V>;
        fn into_iter(self) -> IntoIter<K, V>;
    }
    impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> {
        type Item = (&'a K, &'a V);
        type IntoIter = Iter<'a, K, V>;
        fn into_iter(self) -> Iter<'a, K, V>;
    }
    impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> {
        type Item = (&'a K, &'a mut V);
        type IntoIter = IterMut<'a, K, V>;
        fn into_iter(self) -> IterMut<'a, K, V>;
    }

    pub enum Entry<'a, K: 'a, V: 'a> {
        Vacant(VacantEntry<'a, K, V>),
        Occupied(OccupiedEntry<'a, K, V>),
    }
    impl<'a, K: Ord, V> Entry<'a, K, V> {
        pub fn or_insert(self, default: V) -> &'a mut V;
        pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
        pub fn key(&self) -> &K;
        pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V>;
    }
    impl<'a, K: Ord, V: Default> Entry<'a, K, V> {
        pub fn or_default(self) -> &'a mut V;
    }
    pub struct OccupiedEntry<'a, K, V> {
        map: &'a mut BTreeMap<K, V>,
    }
    impl<'a, K: Ord, V> OccupiedEntry<'a, K, V> {
        pub fn key(&self) -> &K;
        pub fn get(&self) -> &V;
        pub fn get_mut(&mut self) -> &mut V;
        pub fn into_mut(self) -> &'a mut V;
        pub fn insert(&mut self, value: V) -> V;
        pub fn remove(self) -> V;
    }
    pub struct VacantEntry<'a, K, V> {
        map: &'a mut BTreeMap<K, V>,
        key: K,
    }
    impl<'a, K: Ord, V> VacantEntry<'a, K, V> {
        pub fn key(&self) -> &K;
        pub fn insert(self, value: V) -> &'a mut V;
    }

    pub struct Iter<'a, K: 'a, V: 'a> {
        map: &'a BTreeMap<K, V>,
    }
    impl<'a, K, V> Iterator for Iter<'a, K, V> {
        type Item = (&'a K, &'a V);
        fn next(&mut self) -> Option<(&'a K, &'a V)>;
    }
    impl<'a, K, V> DoubleEndedIterator for Iter<'a, K, V> {
        fn next_back(&mut self) -> Option<(&'a K, &'a V)>;
    }
    pub struct IterMut<'a, K: 'a, V: 'a> {
        map: &'a mut BTreeMap<K, V>,
    }
    impl<'a, K, V> Iterator for IterMut<'a, K, V> {
        type Item = (&'a K, &'a mut V);
        fn next(&mut self) -> Option<(&'a K, &'a mut V)>;
    }
    pub struct IntoIter<K, V> {
        entries: crate::vec::Vec<(K, V)>,
    }
    impl<K, V> Iterator for IntoIter<K, V> {
        type Item = (K, V);
        fn next(&mut self) -> Option<(K, V)>;
    }
    impl<K, V> DoubleEndedIterator for IntoIter<K, V> {
        fn next_back(&mut self) -> Option<(K, V)>;
    }
    pub struct Keys<'a, K: 'a, V: 'a> {
        inner: Iter<'a, K, V>,
    }
    impl<'a, K, V> Iterator for Keys<'a, K, V> {
        type Item = &'a K;
        fn next(&mut self) -> Option<&'a K>;
    }
    impl<'a, K, V> DoubleEndedIterator for Keys<'a, K, V> {
        fn next_back(&mut self) -> Option<&'a K>;
    }
    pub struct Values<'a, K: 'a, V: 'a> {
        inner: Iter<'a, K, V>,
    }
    impl<'a, K, V> Iterator for Values<'a, K, V> {
        type Item = &'a V;
        fn next(&mut self) -> Option<&'a V>;
    }
    impl<'a, K, V> DoubleEndedIterator for Values<'a, K, V> {
        fn next_back(&mut self) -> Option<&'a V>;
    }
    pub struct ValuesMut<'a, K: 'a, V: 'a> {
        inner: IterMut<'a, K, V>,
    }
    impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
        type Item = &'a mut V;
        fn next(&mut self) -> Option<&'a mut V>;
    }
    pub struct IntoKeys<K, V> {
        inner: IntoIter<K, V>,
    }
    impl<K, V> Iterator for IntoKeys<K, V> {
        type Item = K;
        fn next(&mut self) -> Option<K>;
    }
    pub struct IntoValues<K, V> {
        inner: IntoIter<K, V>,
    }
    impl<K, V> Iterator for IntoValues<K, V> {
        type Item = V;
        fn next(&mut self) -> Option<V>;
    }
    pub struct Range<'a, K: 'a, V: 'a> {
        map: &'a BTreeMap<K, V>,
    }
    impl<'a, K, V> Iterator for Range<'a, K, V> {
        type Item = (&'a K, &'a V);
        fn next(&mut self) -> Option<(&'a K, &'a V)>;
    }
    impl<'a, K, V> DoubleEndedIterator for Range<'a, K, V> {
        fn next_back(&mut self) -> Option<(&'a K, &'a V)>;
    }
}

pub mod btree_set {
    use crate::borrow::Borrow;

    pub struct BTreeSet<T> {
        map: super::BTreeMap<T, ()>,
    }

    impl<T> BTreeSet<T> {
        pub const fn new() -> BTreeSet<T>;
        pub fn iter(&self) -> Iter<'_, T>;
        pub const fn len(&self) -> usize;
        pub const fn is_empty(&self) -> bool;
        pub fn clear(&mut self);
        pub fn contains<Q: ?Sized + Ord>(&self, value: &Q) -> bool where T: Borrow<Q> + Ord;
        pub fn get<Q: ?Sized + Ord>(&self, value: &Q) -> Option<&T> where T: Borrow<Q> + Ord;
        pub fn insert(&mut self, value: T) -> bool where T: Ord;
        pub fn remove<Q: ?Sized + Ord>(&mut self, value: &Q) -> bool where T: Borrow<Q> + Ord;
        pub fn first(&self) -> Option<&T> where T: Ord;
        pub fn last(&self) -> Option<&T> where T: Ord;
        pub fn pop_first(&mut self) -> Option<T> where T: Ord;
        pub fn pop_last(&mut self) -> Option<T> where T: Ord;
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F) where T: Ord;
        pub fn range<K: ?Sized + Ord, R: crate::ops::RangeBounds<K>>(&self, range: R) -> Range<'_, T> where T: Borrow<K> + Ord;
        pub fn split_off<Q: ?Sized + Ord>(&mut self, value: &Q) -> BTreeSet<T> where T: Borrow<Q> + Ord;
        pub fn append(&mut self, other: &mut BTreeSet<T>) where T: Ord;
        pub fn union<'a>(&'a self, other: &'a BTreeSet<T>) -> Union<'a, T> where T: Ord;
        pub fn intersection<'a>(&'a self, other: &'a BTreeSet<T>) -> Intersection<'a, T> where T: Ord;
        pub fn difference<'a>(&'a self, other: &'a BTreeSet<T>) -> Difference<'a, T> where T: Ord;
        pub fn symmetric_difference<'a>(&'a self, other: &'a BTreeSet<T>) -> SymmetricDifference<'a, T> where T: Ord;
        pub fn is_subset(&self, other: &BTreeSet<T>) -> bool where T: Ord;
        pub fn is_superset(&self, other: &BTreeSet<T>) -> bool where T: Ord;
        pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool where T: Ord;
    }
    impl<T: Clone> Clone for BTreeSet<T> {
        fn clone(&self) -> BTreeSet<T>;
    }
    impl<T> Default for BTreeSet<T> {
        fn default() -> BTreeSet<T>;
    }
    impl<T: PartialEq> PartialEq for BTreeSet<T> {
        fn eq(&self, other: &BTreeSet<T>) -> bool;
    }
    impl<T: Eq> Eq for BTreeSet<T> {}
    impl<T: crate::fmt::Debug> crate::fmt::Debug for BTreeSet<T> {
        fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result;
    }
    impl<T: Ord> FromIterator<T> for BTreeSet<T> {
        fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BTreeSet<T>;
    }
    impl<T: Ord, const N: usize> From<[T; N]> for BTreeSet<T> {
        fn from(arr: [T; N]) -> BTreeSet<T>;
    }
    impl<T: Ord> Extend<T> for BTreeSet<T> {
        fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
    }
    impl<T> IntoIterator for BTreeSet<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
        fn into_iter(self) -> IntoIter<T>;
    }
    impl<'a, T> IntoIterator for &'a BTreeSet<T> {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
        fn into_iter(self) -> Iter<'a, T>;
    }
    pub struct Iter<'a, T: 'a> {
        set: &'a BTreeSet<T>,
    }
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
        fn next_back(&mut self) -> Option<&'a T>;
    }
    pub struct IntoIter<T> {
        set: BTreeSet<T>,
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
        fn next(&mut self) -> Option<T>;
    }
    pub struct Range<'a, T: 'a> {
        set: &'a BTreeSet<T>,
    }
    impl<'a, T> Iterator for Range<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    impl<'a, T> DoubleEndedIterator for Range<'a, T> {
        fn next_back(&mut self) -> Option<&'a T>;
    }
    pub struct Union<'a, T: 'a> {
        a: &'a BTreeSet<T>,
    }
    impl<'a, T: Ord> Iterator for Union<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    pub struct Intersection<'a, T: 'a> {
        a: &'a BTreeSet<T>,
    }
    impl<'a, T: Ord> Iterator for Intersection<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    pub struct Difference<'a, T: 'a> {
        a: &'a BTreeSet<T>,
    }
    impl<'a, T: Ord> Iterator for Difference<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    pub struct SymmetricDifference<'a, T: 'a> {
        a: &'a BTreeSet<T>,
    }
    impl<'a, T: Ord> Iterator for SymmetricDifference<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
}

pub mod vec_deque {
    use crate::ops::{Index, IndexMut};

    pub struct VecDeque<T> {
        buf: crate::vec::Vec<T>,
        head: usize,
    }

    impl<T> VecDeque<T> {
        pub const fn new() -> VecDeque<T>;
        pub fn with_capacity(capacity: usize) -> VecDeque<T>;
        pub fn get(&self, index: usize) -> Option<&T>;
        pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
        pub fn swap(&mut self, i: usize, j: usize);
        pub fn capacity(&self) -> usize;
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn iter_mut(&mut self) -> IterMut<'_, T>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn drain<R: crate::ops::RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T>;
        pub fn clear(&mut self);
        pub fn contains(&self, x: &T) -> bool where T: PartialEq<T>;
        pub fn front(&self) -> Option<&T>;
        pub fn front_mut(&mut self) -> Option<&mut T>;
        pub fn back(&self) -> Option<&T>;
        pub fn back_mut(&mut self) -> Option<&mut T>;
        pub fn pop_front(&mut self) -> Option<T>;
        pub fn pop_back(&mut self) -> Option<T>;
        pub fn push_front(&mut self, value: T);
        pub fn push_back(&mut self, value: T);
        pub fn insert(&mut self, index: usize, value: T);
        pub fn remove(&mut self, index: usize) -> Option<T>;
        pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
        pub fn make_contiguous(&mut self) -> &mut [T];
        pub fn as_slices(&self) -> (&[T], &[T]);
        pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]);
        pub fn rotate_left(&mut self, n: usize);
        pub fn rotate_right(&mut self, n: usize);
        pub fn truncate(&mut self, len: usize);
        pub fn extend_from_slice(&mut self, other: &[T]) where T: Clone;
    }
    impl<T: Clone> Clone for VecDeque<T> {
        fn clone(&self) -> VecDeque<T>;
    }
    impl<T> Default for VecDeque<T> {
        fn default() -> VecDeque<T>;
    }
    impl<T: PartialEq> PartialEq for VecDeque<T> {
        fn eq(&self, other: &VecDeque<T>) -> bool;
    }
    impl<T: Eq> Eq for VecDeque<T> {}
    impl<T: crate::fmt::Debug> crate::fmt::Debug for VecDeque<T> {
        fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result;
    }
    impl<T> Index<usize> for VecDeque<T> {
        type Output = T;
        fn index(&self, index: usize) -> &T;
    }
    impl<T> IndexMut<usize> for VecDeque<T> {
        fn index_mut(&mut self, index: usize) -> &mut T;
    }
    impl<T> FromIterator<T> for VecDeque<T> {
        fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T>;
    }
    impl<T> From<crate::vec::Vec<T>> for VecDeque<T> {
        fn from(other: crate::vec::Vec<T>) -> VecDeque<T>;
    }
    impl<T, const N: usize> From<[T; N]> for VecDeque<T> {
        fn from(arr: [T; N]) -> VecDeque<T>;
    }
    impl<T> Extend<T> for VecDeque<T> {
        fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
    }
    impl<T> IntoIterator for VecDeque<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
        fn into_iter(self) -> IntoIter<T>;
    }
    impl<'a, T> IntoIterator for &'a VecDeque<T> {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
        fn into_iter(self) -> Iter<'a, T>;
    }
    impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
        type Item = &'a mut T;
        type IntoIter = IterMut<'a, T>;
        fn into_iter(self) -> IterMut<'a, T>;
    }
    pub struct Iter<'a, T: 'a> {
        deque: &'a VecDeque<T>,
    }
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
        fn next_back(&mut self) -> Option<&'a T>;
    }
    pub struct IterMut<'a, T: 'a> {
        deque: &'a mut VecDeque<T>,
    }
    impl<'a, T> Iterator for IterMut<'a, T> {
        type Item = &'a mut T;
        fn next(&mut self) -> Option<&'a mut T>;
    }
    pub struct IntoIter<T> {
        deque: VecDeque<T>,
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
        fn next(&mut self) -> Option<T>;
    }
    pub struct Drain<'a, T: 'a> {
        deque: &'a mut VecDeque<T>,
    }
    impl<'a, T> Iterator for Drain<'a, T> {
        type Item = T;
        fn next(&mut self) -> Option<T>;
    }
}

pub mod binary_heap {
    pub struct BinaryHeap<T> {
        data: crate::vec::Vec<T>,
    }
    impl<T: Ord> BinaryHeap<T> {
        pub fn new() -> BinaryHeap<T>;
        pub fn with_capacity(capacity: usize) -> BinaryHeap<T>;
        pub fn peek(&self) -> Option<&T>;
        pub fn pop(&mut self) -> Option<T>;
        pub fn push(&mut self, item: T);
        pub fn into_sorted_vec(self) -> crate::vec::Vec<T>;
    }
    impl<T> BinaryHeap<T> {
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn into_vec(self) -> crate::vec::Vec<T>;
        pub fn clear(&mut self);
    }
    impl<T: Clone> Clone for BinaryHeap<T> {
        fn clone(&self) -> BinaryHeap<T>;
    }
    impl<T: Ord> Default for BinaryHeap<T> {
        fn default() -> BinaryHeap<T>;
    }
    impl<T: crate::fmt::Debug> crate::fmt::Debug for BinaryHeap<T> {
        fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result;
    }
    impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
        fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T>;
    }
    impl<T: Ord> From<crate::vec::Vec<T>> for BinaryHeap<T> {
        fn from(vec: crate::vec::Vec<T>) -> BinaryHeap<T>;
    }
    impl<T: Ord> Extend<T> for BinaryHeap<T> {
        fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
    }
    impl<T> IntoIterator for BinaryHeap<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
        fn into_iter(self) -> IntoIter<T>;
    }
    impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
        fn into_iter(self) -> Iter<'a, T>;
    }
    pub struct Iter<'a, T: 'a> {
        heap: &'a BinaryHeap<T>,
    }
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T>;
    }
    pub struct IntoIter<T> {
        heap: BinaryHeap<T>,
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
        fn next(&mut self) -> Option<T>;
    }
}
