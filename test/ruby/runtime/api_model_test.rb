# frozen_string_literal: true

require 'minitest/autorun'
require_relative '../support/runtime_helpers'

# Models: decoding JSON, encoding it back unchanged, and what they keep that they do not know.
class ApiModelTest < Minitest::Test
  R = RuntimeUnderTest

  PET_JSON = {
    'name' => 'Rex',
    'birthTime' => '2026-11-02T09:15:00.123Z',
    'birthday' => '2020-02-29',
    'tags' => ['good', 'boy'],
    'owner' => { 'id' => 7, 'since' => 2019 },
    'status' => 'hibernating',
    'labels' => { 'a' => [1, { 'b' => nil }] },
    'vaccinated' => true
  }.freeze

  def test_build_from_hash_decodes_and_to_hash_round_trips
    pet = R::Pet.build_from_hash(PET_JSON)
    assert_equal 'Rex', pet.name
    assert_equal Time.utc(2026, 11, 2, 9, 15, Rational(123, 1000)), pet.birth_time
    assert_equal Date.new(2020, 2, 29), pet.birthday
    assert_instance_of R::Owner, pet.owner
    assert_equal 7, pet.owner.id
    assert_equal({ 'since' => 2019 }, pet.owner.additional_properties, 'unknown fields are kept')
    assert_equal 'hibernating', pet.status, 'enums are open'
    assert_equal({ 'vaccinated' => true }, pet.additional_properties)
    assert_equal PET_JSON, pet.to_hash
    assert_equal PET_JSON, JSON.parse(pet.to_json)
  end

  def test_null_is_kept_and_absent_stays_absent
    pet = R::Pet.build_from_hash('name' => 'Rex', 'owner' => nil, 'tags' => nil)
    assert_nil pet.owner
    assert_equal({ 'name' => 'Rex', 'owner' => nil, 'tags' => nil }, pet.to_hash)
    refute pet.to_hash.key?('birthTime')
  end

  def test_recursive_models
    json = { 'value' => 'root', 'parent' => nil, 'children' => [{ 'value' => 'a', 'children' => [{ 'value' => 'a1', 'children' => [] }] }] }
    tree = R::TreeNode.build_from_hash(json)
    assert_instance_of R::TreeNode, tree.children.first.children.first
    assert_equal 'a1', tree.children.first.children.first.value
    assert_equal json, tree.to_hash
  end

  def test_new_takes_ruby_names_and_refuses_unknown_ones
    pet = R::Pet.new(name: 'Rex', birth_time: Time.utc(2026, 1, 1), 'status' => R::Status::ACTIVE)
    assert_equal({ 'name' => 'Rex', 'birthTime' => '2026-01-01T00:00:00Z', 'status' => 'active' }, pet.to_hash)
    error = assert_raises(ArgumentError) { R::Pet.new(nmae: 'Rex') }
    assert_match(/unknown attribute\(s\) :nmae for RuntimeUnderTest::Pet/, error.message)
  end

  def test_values_that_do_not_fit_their_type_are_kept
    pet = R::Pet.build_from_hash('name' => 42, 'birthTime' => 'not a time', 'tags' => 'x', 'owner' => [1])
    assert_equal({ 'name' => 42, 'birthTime' => 'not a time', 'tags' => 'x', 'owner' => [1] }, pet.to_hash)
    assert_equal 'not a time', pet.birth_time
  end

  def test_equality_hash_and_inspect
    one = R::Pet.build_from_hash('name' => 'Rex')
    two = R::Pet.new(name: 'Rex')
    assert_equal one, two
    assert_equal one.hash, two.hash
    refute_equal one, R::Owner.new
    assert_equal '#<RuntimeUnderTest::Pet name="Rex">', two.inspect
  end

  def test_decode_of_nested_types
    decoded = R::ApiModel.decode('Array<Hash<String, Owner>>', [{ 'x' => { 'id' => 1 } }])
    assert_instance_of R::Owner, decoded.first['x']
    assert_nil R::ApiModel.decode('Pet', nil)
    assert_equal 'pending', R::ApiModel.decode('Status', 'pending')
  end
end
